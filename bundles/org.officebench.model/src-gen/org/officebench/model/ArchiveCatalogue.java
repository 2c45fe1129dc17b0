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
 *   <li>{@link org.officebench.model.ArchiveCatalogue#getCategoryCode <em>Category Code</em>}</li>
 *   <li>{@link org.officebench.model.ArchiveCatalogue#getClassificationOrder <em>Classification Order</em>}</li>
 *   <li>{@link org.officebench.model.ArchiveCatalogue#getOrganizations <em>Organizations</em>}</li>
 *   <li>{@link org.officebench.model.ArchiveCatalogue#getItems <em>Items</em>}</li>
 *   <li>{@link org.officebench.model.ArchiveCatalogue#getNumberCounters <em>Number Counters</em>}</li>
 *   <li>{@link org.officebench.model.ArchiveCatalogue#getVacatedNumbers <em>Vacated Numbers</em>}</li>
 *   <li>{@link org.officebench.model.ArchiveCatalogue#getDestructionRegisters <em>Destruction Registers</em>}</li>
 *   <li>{@link org.officebench.model.ArchiveCatalogue#getRetentionRules <em>Retention Rules</em>}</li>
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
	 * The default value is <code>"{fonds}-{category}\u00b7{year}-{retention}-{org}-{item}"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Archival Code Pattern</em>' attribute.
	 * @see #setArchivalCodePattern(String)
	 * @see org.officebench.model.OfficeBenchPackage#getArchiveCatalogue_ArchivalCodePattern()
	 * @model default="{fonds}-{category}\u00b7{year}-{retention}-{org}-{item}"
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
	 * Returns the value of the '<em><b>Category Code</b></em>' attribute.
	 * The default value is <code>"WS"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Category Code</em>' attribute.
	 * @see #setCategoryCode(String)
	 * @see org.officebench.model.OfficeBenchPackage#getArchiveCatalogue_CategoryCode()
	 * @model default="WS"
	 * @generated
	 */
	String getCategoryCode();

	/**
	 * Sets the value of the '{@link org.officebench.model.ArchiveCatalogue#getCategoryCode <em>Category Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category Code</em>' attribute.
	 * @see #getCategoryCode()
	 * @generated
	 */
	void setCategoryCode(String value);

	/**
	 * Returns the value of the '<em><b>Classification Order</b></em>' attribute.
	 * The literals are from the enumeration {@link org.officebench.model.ClassificationOrder}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Classification Order</em>' attribute.
	 * @see org.officebench.model.ClassificationOrder
	 * @see #setClassificationOrder(ClassificationOrder)
	 * @see org.officebench.model.OfficeBenchPackage#getArchiveCatalogue_ClassificationOrder()
	 * @model
	 * @generated
	 */
	ClassificationOrder getClassificationOrder();

	/**
	 * Sets the value of the '{@link org.officebench.model.ArchiveCatalogue#getClassificationOrder <em>Classification Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Classification Order</em>' attribute.
	 * @see org.officebench.model.ClassificationOrder
	 * @see #getClassificationOrder()
	 * @generated
	 */
	void setClassificationOrder(ClassificationOrder value);

	/**
	 * Returns the value of the '<em><b>Organizations</b></em>' containment reference list.
	 * The list contents are of type {@link org.officebench.model.Organization}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Organizations</em>' containment reference list.
	 * @see org.officebench.model.OfficeBenchPackage#getArchiveCatalogue_Organizations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Organization> getOrganizations();

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

	/**
	 * Returns the value of the '<em><b>Number Counters</b></em>' containment reference list.
	 * The list contents are of type {@link org.officebench.model.NumberCounter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number Counters</em>' containment reference list.
	 * @see org.officebench.model.OfficeBenchPackage#getArchiveCatalogue_NumberCounters()
	 * @model containment="true"
	 * @generated
	 */
	EList<NumberCounter> getNumberCounters();

	/**
	 * Returns the value of the '<em><b>Vacated Numbers</b></em>' containment reference list.
	 * The list contents are of type {@link org.officebench.model.VacatedNumber}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 件号 left empty for good when their 件 moved to another class (调整分类): accounted for, not 漏号, and never issued again.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vacated Numbers</em>' containment reference list.
	 * @see org.officebench.model.OfficeBenchPackage#getArchiveCatalogue_VacatedNumbers()
	 * @model containment="true"
	 * @generated
	 */
	EList<VacatedNumber> getVacatedNumbers();

	/**
	 * Returns the value of the '<em><b>Destruction Registers</b></em>' containment reference list.
	 * The list contents are of type {@link org.officebench.model.DestructionRegister}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Destruction Registers</em>' containment reference list.
	 * @see org.officebench.model.OfficeBenchPackage#getArchiveCatalogue_DestructionRegisters()
	 * @model containment="true"
	 * @generated
	 */
	EList<DestructionRegister> getDestructionRegisters();

	/**
	 * Returns the value of the '<em><b>Retention Rules</b></em>' containment reference list.
	 * The list contents are of type {@link org.officebench.model.RetentionRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 保管期限表 of this 全宗, in order. Empty in catalogues written before it existed: those use the shipped default table until the user edits it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Retention Rules</em>' containment reference list.
	 * @see org.officebench.model.OfficeBenchPackage#getArchiveCatalogue_RetentionRules()
	 * @model containment="true"
	 * @generated
	 */
	EList<RetentionRule> getRetentionRules();

} // ArchiveCatalogue
