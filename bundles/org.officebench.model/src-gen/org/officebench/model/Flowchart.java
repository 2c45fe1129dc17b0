/**
 */
package org.officebench.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Flowchart</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 流程图: the work of a post (岗位) as steps in swimlanes, with risk points and controls.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.officebench.model.Flowchart#getPost <em>Post</em>}</li>
 *   <li>{@link org.officebench.model.Flowchart#getLanes <em>Lanes</em>}</li>
 *   <li>{@link org.officebench.model.Flowchart#getSteps <em>Steps</em>}</li>
 *   <li>{@link org.officebench.model.Flowchart#getLinks <em>Links</em>}</li>
 * </ul>
 *
 * @see org.officebench.model.OfficeBenchPackage#getFlowchart()
 * @model
 * @generated
 */
public interface Flowchart extends Document {
	/**
	 * Returns the value of the '<em><b>Post</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Post</em>' attribute.
	 * @see #setPost(String)
	 * @see org.officebench.model.OfficeBenchPackage#getFlowchart_Post()
	 * @model
	 * @generated
	 */
	String getPost();

	/**
	 * Sets the value of the '{@link org.officebench.model.Flowchart#getPost <em>Post</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Post</em>' attribute.
	 * @see #getPost()
	 * @generated
	 */
	void setPost(String value);

	/**
	 * Returns the value of the '<em><b>Lanes</b></em>' containment reference list.
	 * The list contents are of type {@link org.officebench.model.Lane}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lanes</em>' containment reference list.
	 * @see org.officebench.model.OfficeBenchPackage#getFlowchart_Lanes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Lane> getLanes();

	/**
	 * Returns the value of the '<em><b>Steps</b></em>' containment reference list.
	 * The list contents are of type {@link org.officebench.model.Step}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Steps</em>' containment reference list.
	 * @see org.officebench.model.OfficeBenchPackage#getFlowchart_Steps()
	 * @model containment="true"
	 * @generated
	 */
	EList<Step> getSteps();

	/**
	 * Returns the value of the '<em><b>Links</b></em>' containment reference list.
	 * The list contents are of type {@link org.officebench.model.Link}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Links</em>' containment reference list.
	 * @see org.officebench.model.OfficeBenchPackage#getFlowchart_Links()
	 * @model containment="true"
	 * @generated
	 */
	EList<Link> getLinks();

} // Flowchart
