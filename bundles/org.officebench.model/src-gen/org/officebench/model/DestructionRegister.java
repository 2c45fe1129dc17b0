/**
 */
package org.officebench.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Destruction Register</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 销毁清册: the permanent record of items destroyed after appraisal, signed off by at least two people.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.officebench.model.DestructionRegister#getNumber <em>Number</em>}</li>
 *   <li>{@link org.officebench.model.DestructionRegister#getDate <em>Date</em>}</li>
 *   <li>{@link org.officebench.model.DestructionRegister#getSignatories <em>Signatories</em>}</li>
 *   <li>{@link org.officebench.model.DestructionRegister#getItems <em>Items</em>}</li>
 *   <li>{@link org.officebench.model.DestructionRegister#getRemarks <em>Remarks</em>}</li>
 * </ul>
 *
 * @see org.officebench.model.OfficeBenchPackage#getDestructionRegister()
 * @model
 * @generated
 */
public interface DestructionRegister extends EObject {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(String)
	 * @see org.officebench.model.OfficeBenchPackage#getDestructionRegister_Number()
	 * @model
	 * @generated
	 */
	String getNumber();

	/**
	 * Sets the value of the '{@link org.officebench.model.DestructionRegister#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(String value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(Date)
	 * @see org.officebench.model.OfficeBenchPackage#getDestructionRegister_Date()
	 * @model
	 * @generated
	 */
	Date getDate();

	/**
	 * Sets the value of the '{@link org.officebench.model.DestructionRegister#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(Date value);

	/**
	 * Returns the value of the '<em><b>Signatories</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signatories</em>' attribute list.
	 * @see org.officebench.model.OfficeBenchPackage#getDestructionRegister_Signatories()
	 * @model
	 * @generated
	 */
	EList<String> getSignatories();

	/**
	 * Returns the value of the '<em><b>Items</b></em>' reference list.
	 * The list contents are of type {@link org.officebench.model.ArchiveItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Items</em>' reference list.
	 * @see org.officebench.model.OfficeBenchPackage#getDestructionRegister_Items()
	 * @model
	 * @generated
	 */
	EList<ArchiveItem> getItems();

	/**
	 * Returns the value of the '<em><b>Remarks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Remarks</em>' attribute.
	 * @see #setRemarks(String)
	 * @see org.officebench.model.OfficeBenchPackage#getDestructionRegister_Remarks()
	 * @model
	 * @generated
	 */
	String getRemarks();

	/**
	 * Sets the value of the '{@link org.officebench.model.DestructionRegister#getRemarks <em>Remarks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Remarks</em>' attribute.
	 * @see #getRemarks()
	 * @generated
	 */
	void setRemarks(String value);

} // DestructionRegister
