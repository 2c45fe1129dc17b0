/**
 */
package org.officebench.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Chapter</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.officebench.model.Chapter#getTitle <em>Title</em>}</li>
 *   <li>{@link org.officebench.model.Chapter#getArticles <em>Articles</em>}</li>
 * </ul>
 *
 * @see org.officebench.model.OfficeBenchPackage#getChapter()
 * @model
 * @generated
 */
public interface Chapter extends EObject {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.officebench.model.OfficeBenchPackage#getChapter_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.officebench.model.Chapter#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Articles</b></em>' containment reference list.
	 * The list contents are of type {@link org.officebench.model.Article}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Articles</em>' containment reference list.
	 * @see org.officebench.model.OfficeBenchPackage#getChapter_Articles()
	 * @model containment="true"
	 * @generated
	 */
	EList<Article> getArticles();

} // Chapter
