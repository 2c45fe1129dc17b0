/**
 */
package org.officebench.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Decision</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.officebench.model.Decision#getText <em>Text</em>}</li>
 *   <li>{@link org.officebench.model.Decision#getAgendaItem <em>Agenda Item</em>}</li>
 * </ul>
 *
 * @see org.officebench.model.OfficeBenchPackage#getDecision()
 * @model
 * @generated
 */
public interface Decision extends EObject {
	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.officebench.model.OfficeBenchPackage#getDecision_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.officebench.model.Decision#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Agenda Item</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Agenda Item</em>' reference.
	 * @see #setAgendaItem(AgendaItem)
	 * @see org.officebench.model.OfficeBenchPackage#getDecision_AgendaItem()
	 * @model
	 * @generated
	 */
	AgendaItem getAgendaItem();

	/**
	 * Sets the value of the '{@link org.officebench.model.Decision#getAgendaItem <em>Agenda Item</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Agenda Item</em>' reference.
	 * @see #getAgendaItem()
	 * @generated
	 */
	void setAgendaItem(AgendaItem value);

} // Decision
