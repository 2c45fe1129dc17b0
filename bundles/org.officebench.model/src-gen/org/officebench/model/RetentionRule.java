/**
 */
package org.officebench.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Retention Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One row of the 保管期限表 (国家档案局令第10号): a kind of record (类目), the title keywords that recognise it, and how long it is kept.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.officebench.model.RetentionRule#getKind <em>Kind</em>}</li>
 *   <li>{@link org.officebench.model.RetentionRule#getKeywords <em>Keywords</em>}</li>
 *   <li>{@link org.officebench.model.RetentionRule#getRetention <em>Retention</em>}</li>
 * </ul>
 *
 * @see org.officebench.model.OfficeBenchPackage#getRetentionRule()
 * @model
 * @generated
 */
public interface RetentionRule extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 类目, e.g. 合同、协议.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(String)
	 * @see org.officebench.model.OfficeBenchPackage#getRetentionRule_Kind()
	 * @model
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link org.officebench.model.RetentionRule#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see #getKind()
	 * @generated
	 */
	void setKind(String value);

	/**
	 * Returns the value of the '<em><b>Keywords</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Title keywords as written, separated by 、; terms joined by + must all occur, e.g. 合同、年度+计划.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Keywords</em>' attribute.
	 * @see #setKeywords(String)
	 * @see org.officebench.model.OfficeBenchPackage#getRetentionRule_Keywords()
	 * @model
	 * @generated
	 */
	String getKeywords();

	/**
	 * Sets the value of the '{@link org.officebench.model.RetentionRule#getKeywords <em>Keywords</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Keywords</em>' attribute.
	 * @see #getKeywords()
	 * @generated
	 */
	void setKeywords(String value);

	/**
	 * Returns the value of the '<em><b>Retention</b></em>' attribute.
	 * The literals are from the enumeration {@link org.officebench.model.RetentionPeriod}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Retention</em>' attribute.
	 * @see org.officebench.model.RetentionPeriod
	 * @see #setRetention(RetentionPeriod)
	 * @see org.officebench.model.OfficeBenchPackage#getRetentionRule_Retention()
	 * @model
	 * @generated
	 */
	RetentionPeriod getRetention();

	/**
	 * Sets the value of the '{@link org.officebench.model.RetentionRule#getRetention <em>Retention</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Retention</em>' attribute.
	 * @see org.officebench.model.RetentionPeriod
	 * @see #getRetention()
	 * @generated
	 */
	void setRetention(RetentionPeriod value);

} // RetentionRule
