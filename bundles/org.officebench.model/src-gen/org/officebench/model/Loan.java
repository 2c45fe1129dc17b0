/**
 */
package org.officebench.model;

import java.util.Date;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Loan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 借阅: an item lent out and, once back, returned.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.officebench.model.Loan#getBorrower <em>Borrower</em>}</li>
 *   <li>{@link org.officebench.model.Loan#getPurpose <em>Purpose</em>}</li>
 *   <li>{@link org.officebench.model.Loan#getLentOn <em>Lent On</em>}</li>
 *   <li>{@link org.officebench.model.Loan#getDueOn <em>Due On</em>}</li>
 *   <li>{@link org.officebench.model.Loan#getReturnedOn <em>Returned On</em>}</li>
 * </ul>
 *
 * @see org.officebench.model.OfficeBenchPackage#getLoan()
 * @model
 * @generated
 */
public interface Loan extends EObject {
	/**
	 * Returns the value of the '<em><b>Borrower</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Borrower</em>' attribute.
	 * @see #setBorrower(String)
	 * @see org.officebench.model.OfficeBenchPackage#getLoan_Borrower()
	 * @model
	 * @generated
	 */
	String getBorrower();

	/**
	 * Sets the value of the '{@link org.officebench.model.Loan#getBorrower <em>Borrower</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Borrower</em>' attribute.
	 * @see #getBorrower()
	 * @generated
	 */
	void setBorrower(String value);

	/**
	 * Returns the value of the '<em><b>Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Purpose</em>' attribute.
	 * @see #setPurpose(String)
	 * @see org.officebench.model.OfficeBenchPackage#getLoan_Purpose()
	 * @model
	 * @generated
	 */
	String getPurpose();

	/**
	 * Sets the value of the '{@link org.officebench.model.Loan#getPurpose <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Purpose</em>' attribute.
	 * @see #getPurpose()
	 * @generated
	 */
	void setPurpose(String value);

	/**
	 * Returns the value of the '<em><b>Lent On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lent On</em>' attribute.
	 * @see #setLentOn(Date)
	 * @see org.officebench.model.OfficeBenchPackage#getLoan_LentOn()
	 * @model
	 * @generated
	 */
	Date getLentOn();

	/**
	 * Sets the value of the '{@link org.officebench.model.Loan#getLentOn <em>Lent On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lent On</em>' attribute.
	 * @see #getLentOn()
	 * @generated
	 */
	void setLentOn(Date value);

	/**
	 * Returns the value of the '<em><b>Due On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Due On</em>' attribute.
	 * @see #setDueOn(Date)
	 * @see org.officebench.model.OfficeBenchPackage#getLoan_DueOn()
	 * @model
	 * @generated
	 */
	Date getDueOn();

	/**
	 * Sets the value of the '{@link org.officebench.model.Loan#getDueOn <em>Due On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Due On</em>' attribute.
	 * @see #getDueOn()
	 * @generated
	 */
	void setDueOn(Date value);

	/**
	 * Returns the value of the '<em><b>Returned On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Returned On</em>' attribute.
	 * @see #setReturnedOn(Date)
	 * @see org.officebench.model.OfficeBenchPackage#getLoan_ReturnedOn()
	 * @model
	 * @generated
	 */
	Date getReturnedOn();

	/**
	 * Sets the value of the '{@link org.officebench.model.Loan#getReturnedOn <em>Returned On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Returned On</em>' attribute.
	 * @see #getReturnedOn()
	 * @generated
	 */
	void setReturnedOn(Date value);

} // Loan
