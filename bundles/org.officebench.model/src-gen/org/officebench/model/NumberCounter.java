/**
 */
package org.officebench.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Number Counter</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The highest 件号 ever issued in one class (key fonds/year/retention/org), so that a number is never issued twice.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.officebench.model.NumberCounter#getClassKey <em>Class Key</em>}</li>
 *   <li>{@link org.officebench.model.NumberCounter#getHighest <em>Highest</em>}</li>
 * </ul>
 *
 * @see org.officebench.model.OfficeBenchPackage#getNumberCounter()
 * @model
 * @generated
 */
public interface NumberCounter extends EObject {
	/**
	 * Returns the value of the '<em><b>Class Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Class Key</em>' attribute.
	 * @see #setClassKey(String)
	 * @see org.officebench.model.OfficeBenchPackage#getNumberCounter_ClassKey()
	 * @model
	 * @generated
	 */
	String getClassKey();

	/**
	 * Sets the value of the '{@link org.officebench.model.NumberCounter#getClassKey <em>Class Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Class Key</em>' attribute.
	 * @see #getClassKey()
	 * @generated
	 */
	void setClassKey(String value);

	/**
	 * Returns the value of the '<em><b>Highest</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Highest</em>' attribute.
	 * @see #setHighest(int)
	 * @see org.officebench.model.OfficeBenchPackage#getNumberCounter_Highest()
	 * @model
	 * @generated
	 */
	int getHighest();

	/**
	 * Sets the value of the '{@link org.officebench.model.NumberCounter#getHighest <em>Highest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Highest</em>' attribute.
	 * @see #getHighest()
	 * @generated
	 */
	void setHighest(int value);

} // NumberCounter
