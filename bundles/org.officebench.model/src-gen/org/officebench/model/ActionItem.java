/**
 */
package org.officebench.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Action Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.officebench.model.ActionItem#getId <em>Id</em>}</li>
 *   <li>{@link org.officebench.model.ActionItem#getTask <em>Task</em>}</li>
 *   <li>{@link org.officebench.model.ActionItem#getStandard <em>Standard</em>}</li>
 *   <li>{@link org.officebench.model.ActionItem#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.officebench.model.ActionItem#getDeadline <em>Deadline</em>}</li>
 *   <li>{@link org.officebench.model.ActionItem#getStatus <em>Status</em>}</li>
 *   <li>{@link org.officebench.model.ActionItem#getDecision <em>Decision</em>}</li>
 *   <li>{@link org.officebench.model.ActionItem#getFollowUps <em>Follow Ups</em>}</li>
 * </ul>
 *
 * @see org.officebench.model.OfficeBenchPackage#getActionItem()
 * @model
 * @generated
 */
public interface ActionItem extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.officebench.model.OfficeBenchPackage#getActionItem_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.officebench.model.ActionItem#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Task</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Task</em>' attribute.
	 * @see #setTask(String)
	 * @see org.officebench.model.OfficeBenchPackage#getActionItem_Task()
	 * @model
	 * @generated
	 */
	String getTask();

	/**
	 * Sets the value of the '{@link org.officebench.model.ActionItem#getTask <em>Task</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Task</em>' attribute.
	 * @see #getTask()
	 * @generated
	 */
	void setTask(String value);

	/**
	 * Returns the value of the '<em><b>Standard</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 工作标准: what counts as done.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Standard</em>' attribute.
	 * @see #setStandard(String)
	 * @see org.officebench.model.OfficeBenchPackage#getActionItem_Standard()
	 * @model
	 * @generated
	 */
	String getStandard();

	/**
	 * Sets the value of the '{@link org.officebench.model.ActionItem#getStandard <em>Standard</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Standard</em>' attribute.
	 * @see #getStandard()
	 * @generated
	 */
	void setStandard(String value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner</em>' attribute.
	 * @see #setOwner(String)
	 * @see org.officebench.model.OfficeBenchPackage#getActionItem_Owner()
	 * @model
	 * @generated
	 */
	String getOwner();

	/**
	 * Sets the value of the '{@link org.officebench.model.ActionItem#getOwner <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' attribute.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(String value);

	/**
	 * Returns the value of the '<em><b>Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Deadline</em>' attribute.
	 * @see #setDeadline(Date)
	 * @see org.officebench.model.OfficeBenchPackage#getActionItem_Deadline()
	 * @model
	 * @generated
	 */
	Date getDeadline();

	/**
	 * Sets the value of the '{@link org.officebench.model.ActionItem#getDeadline <em>Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deadline</em>' attribute.
	 * @see #getDeadline()
	 * @generated
	 */
	void setDeadline(Date value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.officebench.model.ActionStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.officebench.model.ActionStatus
	 * @see #setStatus(ActionStatus)
	 * @see org.officebench.model.OfficeBenchPackage#getActionItem_Status()
	 * @model
	 * @generated
	 */
	ActionStatus getStatus();

	/**
	 * Sets the value of the '{@link org.officebench.model.ActionItem#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.officebench.model.ActionStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ActionStatus value);

	/**
	 * Returns the value of the '<em><b>Decision</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decision</em>' reference.
	 * @see #setDecision(Decision)
	 * @see org.officebench.model.OfficeBenchPackage#getActionItem_Decision()
	 * @model
	 * @generated
	 */
	Decision getDecision();

	/**
	 * Sets the value of the '{@link org.officebench.model.ActionItem#getDecision <em>Decision</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decision</em>' reference.
	 * @see #getDecision()
	 * @generated
	 */
	void setDecision(Decision value);

	/**
	 * Returns the value of the '<em><b>Follow Ups</b></em>' containment reference list.
	 * The list contents are of type {@link org.officebench.model.FollowUp}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Follow Ups</em>' containment reference list.
	 * @see org.officebench.model.OfficeBenchPackage#getActionItem_FollowUps()
	 * @model containment="true"
	 * @generated
	 */
	EList<FollowUp> getFollowUps();

} // ActionItem
