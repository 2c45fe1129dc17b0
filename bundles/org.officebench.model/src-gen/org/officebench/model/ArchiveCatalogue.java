/**
 */
package org.officebench.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Archive Catalogue</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 档案: a catalogue of one 全宗 (fonds) and its filed items (件).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.officebench.model.ArchiveCatalogue#getFondsCode <em>Fonds Code</em>}</li>
 *   <li>{@link org.officebench.model.ArchiveCatalogue#getFondsName <em>Fonds Name</em>}</li>
 *   <li>{@link org.officebench.model.ArchiveCatalogue#getArchivalCodePattern <em>Archival Code Pattern</em>}</li>
 *   <li>{@link org.officebench.model.ArchiveCatalogue#getItems <em>Items</em>}</li>
 * </ul>
 *
 * @see org.officebench.model.OfficeBenchPackage#getArchiveCatalogue()
 * @model
 * @generated
 */
public interface ArchiveCatalogue extends Document {
	/**
	 * Returns the value of the '<em><b>Fonds Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 全宗号, e.g. Z109.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fonds Code</em>' attribute.
	 * @see #setFondsCode(String)
	 * @see org.officebench.model.OfficeBenchPackage#getArchiveCatalogue_FondsCode()
	 * @model
	 * @generated
	 */
	String getFondsCode();

	/**
	 * Sets the value of the '{@link org.officebench.model.ArchiveCatalogue#getFondsCode <em>Fonds Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fonds Code</em>' attribute.
	 * @see #getFondsCode()
	 * @generated
	 */
	void setFondsCode(String value);

	/**
	 * Returns the value of the '<em><b>Fonds Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fonds Name</em>' attribute.
	 * @see #setFondsName(String)
	 * @see org.officebench.model.OfficeBenchPackage#getArchiveCatalogue_FondsName()
	 * @model
	 * @generated
	 */
	String getFondsName();

	/**
	 * Sets the value of the '{@link org.officebench.model.ArchiveCatalogue#getFondsName <em>Fonds Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fonds Name</em>' attribute.
	 * @see #getFondsName()
	 * @generated
	 */
	void setFondsName(String value);

	/**
	 * Returns the value of the '<em><b>Archival Code Pattern</b></em>' attribute.
	 * The default value is <code>"{fonds}-WS\u00b7{year}-{retention}-{org}-{item}"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Archival Code Pattern</em>' attribute.
	 * @see #setArchivalCodePattern(String)
	 * @see org.officebench.model.OfficeBenchPackage#getArchiveCatalogue_ArchivalCodePattern()
	 * @model default="{fonds}-WS\u00b7{year}-{retention}-{org}-{item}"
	 * @generated
	 */
	String getArchivalCodePattern();

	/**
	 * Sets the value of the '{@link org.officebench.model.ArchiveCatalogue#getArchivalCodePattern <em>Archival Code Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Archival Code Pattern</em>' attribute.
	 * @see #getArchivalCodePattern()
	 * @generated
	 */
	void setArchivalCodePattern(String value);

	/**
	 * Returns the value of the '<em><b>Items</b></em>' containment reference list.
	 * The list contents are of type {@link org.officebench.model.ArchiveItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Items</em>' containment reference list.
	 * @see org.officebench.model.OfficeBenchPackage#getArchiveCatalogue_Items()
	 * @model containment="true"
	 * @generated
	 */
	EList<ArchiveItem> getItems();

} // ArchiveCatalogue
