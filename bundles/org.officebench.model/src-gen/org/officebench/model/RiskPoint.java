/**
 */
package org.officebench.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Risk Point</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.officebench.model.RiskPoint#getDescription <em>Description</em>}</li>
 *   <li>{@link org.officebench.model.RiskPoint#getLevel <em>Level</em>}</li>
 *   <li>{@link org.officebench.model.RiskPoint#getControl <em>Control</em>}</li>
 * </ul>
 *
 * @see org.officebench.model.OfficeBenchPackage#getRiskPoint()
 * @model
 * @generated
 */
public interface RiskPoint extends EObject {
	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.officebench.model.OfficeBenchPackage#getRiskPoint_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.officebench.model.RiskPoint#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.officebench.model.RiskLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see org.officebench.model.RiskLevel
	 * @see #setLevel(RiskLevel)
	 * @see org.officebench.model.OfficeBenchPackage#getRiskPoint_Level()
	 * @model
	 * @generated
	 */
	RiskLevel getLevel();

	/**
	 * Sets the value of the '{@link org.officebench.model.RiskPoint#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see org.officebench.model.RiskLevel
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(RiskLevel value);

	/**
	 * Returns the value of the '<em><b>Control</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 防控措施: the control measure against this risk.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Control</em>' attribute.
	 * @see #setControl(String)
	 * @see org.officebench.model.OfficeBenchPackage#getRiskPoint_Control()
	 * @model
	 * @generated
	 */
	String getControl();

	/**
	 * Sets the value of the '{@link org.officebench.model.RiskPoint#getControl <em>Control</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Control</em>' attribute.
	 * @see #getControl()
	 * @generated
	 */
	void setControl(String value);

} // RiskPoint
