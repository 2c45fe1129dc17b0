/**
 */
package org.officebench.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Appraisal</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 鉴定: a decision on an item past its retention.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.officebench.model.Appraisal#getDate <em>Date</em>}</li>
 *   <li>{@link org.officebench.model.Appraisal#getDecision <em>Decision</em>}</li>
 *   <li>{@link org.officebench.model.Appraisal#getNewRetention <em>New Retention</em>}</li>
 *   <li>{@link org.officebench.model.Appraisal#getAppraisers <em>Appraisers</em>}</li>
 *   <li>{@link org.officebench.model.Appraisal#getReason <em>Reason</em>}</li>
 * </ul>
 *
 * @see org.officebench.model.OfficeBenchPackage#getAppraisal()
 * @model
 * @generated
 */
public interface Appraisal extends EObject {
	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(Date)
	 * @see org.officebench.model.OfficeBenchPackage#getAppraisal_Date()
	 * @model
	 * @generated
	 */
	Date getDate();

	/**
	 * Sets the value of the '{@link org.officebench.model.Appraisal#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(Date value);

	/**
	 * Returns the value of the '<em><b>Decision</b></em>' attribute.
	 * The literals are from the enumeration {@link org.officebench.model.AppraisalDecision}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decision</em>' attribute.
	 * @see org.officebench.model.AppraisalDecision
	 * @see #setDecision(AppraisalDecision)
	 * @see org.officebench.model.OfficeBenchPackage#getAppraisal_Decision()
	 * @model
	 * @generated
	 */
	AppraisalDecision getDecision();

	/**
	 * Sets the value of the '{@link org.officebench.model.Appraisal#getDecision <em>Decision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decision</em>' attribute.
	 * @see org.officebench.model.AppraisalDecision
	 * @see #getDecision()
	 * @generated
	 */
	void setDecision(AppraisalDecision value);

	/**
	 * Returns the value of the '<em><b>New Retention</b></em>' attribute.
	 * The literals are from the enumeration {@link org.officebench.model.RetentionPeriod}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>New Retention</em>' attribute.
	 * @see org.officebench.model.RetentionPeriod
	 * @see #setNewRetention(RetentionPeriod)
	 * @see org.officebench.model.OfficeBenchPackage#getAppraisal_NewRetention()
	 * @model
	 * @generated
	 */
	RetentionPeriod getNewRetention();

	/**
	 * Sets the value of the '{@link org.officebench.model.Appraisal#getNewRetention <em>New Retention</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>New Retention</em>' attribute.
	 * @see org.officebench.model.RetentionPeriod
	 * @see #getNewRetention()
	 * @generated
	 */
	void setNewRetention(RetentionPeriod value);

	/**
	 * Returns the value of the '<em><b>Appraisers</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Appraisers</em>' attribute list.
	 * @see org.officebench.model.OfficeBenchPackage#getAppraisal_Appraisers()
	 * @model
	 * @generated
	 */
	EList<String> getAppraisers();

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see org.officebench.model.OfficeBenchPackage#getAppraisal_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link org.officebench.model.Appraisal#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

} // Appraisal
