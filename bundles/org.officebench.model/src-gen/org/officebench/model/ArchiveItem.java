/**
 */
package org.officebench.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Archive Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 件: one filed document with its attachments (DA/T 22-2015).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.officebench.model.ArchiveItem#getId <em>Id</em>}</li>
 *   <li>{@link org.officebench.model.ArchiveItem#getArchivalCode <em>Archival Code</em>}</li>
 *   <li>{@link org.officebench.model.ArchiveItem#getItemNumber <em>Item Number</em>}</li>
 *   <li>{@link org.officebench.model.ArchiveItem#getYear <em>Year</em>}</li>
 *   <li>{@link org.officebench.model.ArchiveItem#getRetention <em>Retention</em>}</li>
 *   <li>{@link org.officebench.model.ArchiveItem#getOrganizationCode <em>Organization Code</em>}</li>
 *   <li>{@link org.officebench.model.ArchiveItem#getTitle <em>Title</em>}</li>
 *   <li>{@link org.officebench.model.ArchiveItem#getResponsible <em>Responsible</em>}</li>
 *   <li>{@link org.officebench.model.ArchiveItem#getDate <em>Date</em>}</li>
 *   <li>{@link org.officebench.model.ArchiveItem#getDocumentNumber <em>Document Number</em>}</li>
 *   <li>{@link org.officebench.model.ArchiveItem#getSecurityLevel <em>Security Level</em>}</li>
 *   <li>{@link org.officebench.model.ArchiveItem#getPages <em>Pages</em>}</li>
 *   <li>{@link org.officebench.model.ArchiveItem#getRemarks <em>Remarks</em>}</li>
 *   <li>{@link org.officebench.model.ArchiveItem#getSourceDocumentId <em>Source Document Id</em>}</li>
 *   <li>{@link org.officebench.model.ArchiveItem#getFiles <em>Files</em>}</li>
 *   <li>{@link org.officebench.model.ArchiveItem#getBoxNumber <em>Box Number</em>}</li>
 *   <li>{@link org.officebench.model.ArchiveItem#isDestroyed <em>Destroyed</em>}</li>
 *   <li>{@link org.officebench.model.ArchiveItem#getDestroyedOn <em>Destroyed On</em>}</li>
 *   <li>{@link org.officebench.model.ArchiveItem#getAppraisals <em>Appraisals</em>}</li>
 *   <li>{@link org.officebench.model.ArchiveItem#getLoans <em>Loans</em>}</li>
 * </ul>
 *
 * @see org.officebench.model.OfficeBenchPackage#getArchiveItem()
 * @model
 * @generated
 */
public interface ArchiveItem extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.officebench.model.OfficeBenchPackage#getArchiveItem_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.officebench.model.ArchiveItem#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Archival Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Archival Code</em>' attribute.
	 * @see #setArchivalCode(String)
	 * @see org.officebench.model.OfficeBenchPackage#getArchiveItem_ArchivalCode()
	 * @model
	 * @generated
	 */
	String getArchivalCode();

	/**
	 * Sets the value of the '{@link org.officebench.model.ArchiveItem#getArchivalCode <em>Archival Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Archival Code</em>' attribute.
	 * @see #getArchivalCode()
	 * @generated
	 */
	void setArchivalCode(String value);

	/**
	 * Returns the value of the '<em><b>Item Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Item Number</em>' attribute.
	 * @see #setItemNumber(int)
	 * @see org.officebench.model.OfficeBenchPackage#getArchiveItem_ItemNumber()
	 * @model
	 * @generated
	 */
	int getItemNumber();

	/**
	 * Sets the value of the '{@link org.officebench.model.ArchiveItem#getItemNumber <em>Item Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Item Number</em>' attribute.
	 * @see #getItemNumber()
	 * @generated
	 */
	void setItemNumber(int value);

	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(int)
	 * @see org.officebench.model.OfficeBenchPackage#getArchiveItem_Year()
	 * @model
	 * @generated
	 */
	int getYear();

	/**
	 * Sets the value of the '{@link org.officebench.model.ArchiveItem#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #getYear()
	 * @generated
	 */
	void setYear(int value);

	/**
	 * Returns the value of the '<em><b>Retention</b></em>' attribute.
	 * The literals are from the enumeration {@link org.officebench.model.RetentionPeriod}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Retention</em>' attribute.
	 * @see org.officebench.model.RetentionPeriod
	 * @see #setRetention(RetentionPeriod)
	 * @see org.officebench.model.OfficeBenchPackage#getArchiveItem_Retention()
	 * @model
	 * @generated
	 */
	RetentionPeriod getRetention();

	/**
	 * Sets the value of the '{@link org.officebench.model.ArchiveItem#getRetention <em>Retention</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Retention</em>' attribute.
	 * @see org.officebench.model.RetentionPeriod
	 * @see #getRetention()
	 * @generated
	 */
	void setRetention(RetentionPeriod value);

	/**
	 * Returns the value of the '<em><b>Organization Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Organization Code</em>' attribute.
	 * @see #setOrganizationCode(String)
	 * @see org.officebench.model.OfficeBenchPackage#getArchiveItem_OrganizationCode()
	 * @model
	 * @generated
	 */
	String getOrganizationCode();

	/**
	 * Sets the value of the '{@link org.officebench.model.ArchiveItem#getOrganizationCode <em>Organization Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Organization Code</em>' attribute.
	 * @see #getOrganizationCode()
	 * @generated
	 */
	void setOrganizationCode(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.officebench.model.OfficeBenchPackage#getArchiveItem_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.officebench.model.ArchiveItem#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Responsible</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Responsible</em>' attribute.
	 * @see #setResponsible(String)
	 * @see org.officebench.model.OfficeBenchPackage#getArchiveItem_Responsible()
	 * @model
	 * @generated
	 */
	String getResponsible();

	/**
	 * Sets the value of the '{@link org.officebench.model.ArchiveItem#getResponsible <em>Responsible</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Responsible</em>' attribute.
	 * @see #getResponsible()
	 * @generated
	 */
	void setResponsible(String value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(Date)
	 * @see org.officebench.model.OfficeBenchPackage#getArchiveItem_Date()
	 * @model
	 * @generated
	 */
	Date getDate();

	/**
	 * Sets the value of the '{@link org.officebench.model.ArchiveItem#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(Date value);

	/**
	 * Returns the value of the '<em><b>Document Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Document Number</em>' attribute.
	 * @see #setDocumentNumber(String)
	 * @see org.officebench.model.OfficeBenchPackage#getArchiveItem_DocumentNumber()
	 * @model
	 * @generated
	 */
	String getDocumentNumber();

	/**
	 * Sets the value of the '{@link org.officebench.model.ArchiveItem#getDocumentNumber <em>Document Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Document Number</em>' attribute.
	 * @see #getDocumentNumber()
	 * @generated
	 */
	void setDocumentNumber(String value);

	/**
	 * Returns the value of the '<em><b>Security Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.officebench.model.SecurityLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Security Level</em>' attribute.
	 * @see org.officebench.model.SecurityLevel
	 * @see #setSecurityLevel(SecurityLevel)
	 * @see org.officebench.model.OfficeBenchPackage#getArchiveItem_SecurityLevel()
	 * @model
	 * @generated
	 */
	SecurityLevel getSecurityLevel();

	/**
	 * Sets the value of the '{@link org.officebench.model.ArchiveItem#getSecurityLevel <em>Security Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Security Level</em>' attribute.
	 * @see org.officebench.model.SecurityLevel
	 * @see #getSecurityLevel()
	 * @generated
	 */
	void setSecurityLevel(SecurityLevel value);

	/**
	 * Returns the value of the '<em><b>Pages</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pages</em>' attribute.
	 * @see #setPages(int)
	 * @see org.officebench.model.OfficeBenchPackage#getArchiveItem_Pages()
	 * @model
	 * @generated
	 */
	int getPages();

	/**
	 * Sets the value of the '{@link org.officebench.model.ArchiveItem#getPages <em>Pages</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pages</em>' attribute.
	 * @see #getPages()
	 * @generated
	 */
	void setPages(int value);

	/**
	 * Returns the value of the '<em><b>Remarks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Remarks</em>' attribute.
	 * @see #setRemarks(String)
	 * @see org.officebench.model.OfficeBenchPackage#getArchiveItem_Remarks()
	 * @model
	 * @generated
	 */
	String getRemarks();

	/**
	 * Sets the value of the '{@link org.officebench.model.ArchiveItem#getRemarks <em>Remarks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Remarks</em>' attribute.
	 * @see #getRemarks()
	 * @generated
	 */
	void setRemarks(String value);

	/**
	 * Returns the value of the '<em><b>Source Document Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source Document Id</em>' attribute.
	 * @see #setSourceDocumentId(String)
	 * @see org.officebench.model.OfficeBenchPackage#getArchiveItem_SourceDocumentId()
	 * @model
	 * @generated
	 */
	String getSourceDocumentId();

	/**
	 * Sets the value of the '{@link org.officebench.model.ArchiveItem#getSourceDocumentId <em>Source Document Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Document Id</em>' attribute.
	 * @see #getSourceDocumentId()
	 * @generated
	 */
	void setSourceDocumentId(String value);

	/**
	 * Returns the value of the '<em><b>Files</b></em>' containment reference list.
	 * The list contents are of type {@link org.officebench.model.StoredFile}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Files</em>' containment reference list.
	 * @see org.officebench.model.OfficeBenchPackage#getArchiveItem_Files()
	 * @model containment="true"
	 * @generated
	 */
	EList<StoredFile> getFiles();

	/**
	 * Returns the value of the '<em><b>Box Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Box Number</em>' attribute.
	 * @see #setBoxNumber(int)
	 * @see org.officebench.model.OfficeBenchPackage#getArchiveItem_BoxNumber()
	 * @model
	 * @generated
	 */
	int getBoxNumber();

	/**
	 * Sets the value of the '{@link org.officebench.model.ArchiveItem#getBoxNumber <em>Box Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Box Number</em>' attribute.
	 * @see #getBoxNumber()
	 * @generated
	 */
	void setBoxNumber(int value);

	/**
	 * Returns the value of the '<em><b>Destroyed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Destroyed</em>' attribute.
	 * @see #setDestroyed(boolean)
	 * @see org.officebench.model.OfficeBenchPackage#getArchiveItem_Destroyed()
	 * @model
	 * @generated
	 */
	boolean isDestroyed();

	/**
	 * Sets the value of the '{@link org.officebench.model.ArchiveItem#isDestroyed <em>Destroyed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Destroyed</em>' attribute.
	 * @see #isDestroyed()
	 * @generated
	 */
	void setDestroyed(boolean value);

	/**
	 * Returns the value of the '<em><b>Destroyed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Destroyed On</em>' attribute.
	 * @see #setDestroyedOn(Date)
	 * @see org.officebench.model.OfficeBenchPackage#getArchiveItem_DestroyedOn()
	 * @model
	 * @generated
	 */
	Date getDestroyedOn();

	/**
	 * Sets the value of the '{@link org.officebench.model.ArchiveItem#getDestroyedOn <em>Destroyed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Destroyed On</em>' attribute.
	 * @see #getDestroyedOn()
	 * @generated
	 */
	void setDestroyedOn(Date value);

	/**
	 * Returns the value of the '<em><b>Appraisals</b></em>' containment reference list.
	 * The list contents are of type {@link org.officebench.model.Appraisal}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Appraisals</em>' containment reference list.
	 * @see org.officebench.model.OfficeBenchPackage#getArchiveItem_Appraisals()
	 * @model containment="true"
	 * @generated
	 */
	EList<Appraisal> getAppraisals();

	/**
	 * Returns the value of the '<em><b>Loans</b></em>' containment reference list.
	 * The list contents are of type {@link org.officebench.model.Loan}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Loans</em>' containment reference list.
	 * @see org.officebench.model.OfficeBenchPackage#getArchiveItem_Loans()
	 * @model containment="true"
	 * @generated
	 */
	EList<Loan> getLoans();

} // ArchiveItem
