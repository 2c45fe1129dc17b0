/**
 */
package org.officebench.model;

import java.util.Date;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Follow Up</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.officebench.model.FollowUp#getDate <em>Date</em>}</li>
 *   <li>{@link org.officebench.model.FollowUp#getProgress <em>Progress</em>}</li>
 * </ul>
 *
 * @see org.officebench.model.OfficeBenchPackage#getFollowUp()
 * @model
 * @generated
 */
public interface FollowUp extends EObject {
	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(Date)
	 * @see org.officebench.model.OfficeBenchPackage#getFollowUp_Date()
	 * @model
	 * @generated
	 */
	Date getDate();

	/**
	 * Sets the value of the '{@link org.officebench.model.FollowUp#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(Date value);

	/**
	 * Returns the value of the '<em><b>Progress</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Progress</em>' attribute.
	 * @see #setProgress(String)
	 * @see org.officebench.model.OfficeBenchPackage#getFollowUp_Progress()
	 * @model
	 * @generated
	 */
	String getProgress();

	/**
	 * Sets the value of the '{@link org.officebench.model.FollowUp#getProgress <em>Progress</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Progress</em>' attribute.
	 * @see #getProgress()
	 * @generated
	 */
	void setProgress(String value);

} // FollowUp
