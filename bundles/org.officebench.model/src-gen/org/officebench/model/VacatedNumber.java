/**
 */
package org.officebench.model;

import java.util.Date;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Vacated Number</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A 件号 of a class left empty when its 件 moved to another class: the 档号 it had, the one it got, and when.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.officebench.model.VacatedNumber#getClassKey <em>Class Key</em>}</li>
 *   <li>{@link org.officebench.model.VacatedNumber#getNumber <em>Number</em>}</li>
 *   <li>{@link org.officebench.model.VacatedNumber#getArchivalCode <em>Archival Code</em>}</li>
 *   <li>{@link org.officebench.model.VacatedNumber#getMovedTo <em>Moved To</em>}</li>
 *   <li>{@link org.officebench.model.VacatedNumber#getDate <em>Date</em>}</li>
 * </ul>
 *
 * @see org.officebench.model.OfficeBenchPackage#getVacatedNumber()
 * @model
 * @generated
 */
public interface VacatedNumber extends EObject {
	/**
	 * Returns the value of the '<em><b>Class Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Class Key</em>' attribute.
	 * @see #setClassKey(String)
	 * @see org.officebench.model.OfficeBenchPackage#getVacatedNumber_ClassKey()
	 * @model
	 * @generated
	 */
	String getClassKey();

	/**
	 * Sets the value of the '{@link org.officebench.model.VacatedNumber#getClassKey <em>Class Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Class Key</em>' attribute.
	 * @see #getClassKey()
	 * @generated
	 */
	void setClassKey(String value);

	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(int)
	 * @see org.officebench.model.OfficeBenchPackage#getVacatedNumber_Number()
	 * @model
	 * @generated
	 */
	int getNumber();

	/**
	 * Sets the value of the '{@link org.officebench.model.VacatedNumber#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(int value);

	/**
	 * Returns the value of the '<em><b>Archival Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Archival Code</em>' attribute.
	 * @see #setArchivalCode(String)
	 * @see org.officebench.model.OfficeBenchPackage#getVacatedNumber_ArchivalCode()
	 * @model
	 * @generated
	 */
	String getArchivalCode();

	/**
	 * Sets the value of the '{@link org.officebench.model.VacatedNumber#getArchivalCode <em>Archival Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Archival Code</em>' attribute.
	 * @see #getArchivalCode()
	 * @generated
	 */
	void setArchivalCode(String value);

	/**
	 * Returns the value of the '<em><b>Moved To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Moved To</em>' attribute.
	 * @see #setMovedTo(String)
	 * @see org.officebench.model.OfficeBenchPackage#getVacatedNumber_MovedTo()
	 * @model
	 * @generated
	 */
	String getMovedTo();

	/**
	 * Sets the value of the '{@link org.officebench.model.VacatedNumber#getMovedTo <em>Moved To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Moved To</em>' attribute.
	 * @see #getMovedTo()
	 * @generated
	 */
	void setMovedTo(String value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(Date)
	 * @see org.officebench.model.OfficeBenchPackage#getVacatedNumber_Date()
	 * @model
	 * @generated
	 */
	Date getDate();

	/**
	 * Sets the value of the '{@link org.officebench.model.VacatedNumber#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(Date value);

} // VacatedNumber
