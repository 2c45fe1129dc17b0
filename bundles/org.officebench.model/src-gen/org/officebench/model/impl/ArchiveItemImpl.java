/**
 */
package org.officebench.model.impl;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.officebench.model.Appraisal;
import org.officebench.model.ArchiveItem;
import org.officebench.model.Loan;
import org.officebench.model.OfficeBenchPackage;
import org.officebench.model.RetentionPeriod;
import org.officebench.model.SecurityLevel;
import org.officebench.model.StoredFile;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Archive Item</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.officebench.model.impl.ArchiveItemImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.officebench.model.impl.ArchiveItemImpl#getArchivalCode <em>Archival Code</em>}</li>
 *   <li>{@link org.officebench.model.impl.ArchiveItemImpl#getItemNumber <em>Item Number</em>}</li>
 *   <li>{@link org.officebench.model.impl.ArchiveItemImpl#getYear <em>Year</em>}</li>
 *   <li>{@link org.officebench.model.impl.ArchiveItemImpl#getRetention <em>Retention</em>}</li>
 *   <li>{@link org.officebench.model.impl.ArchiveItemImpl#getOrganizationCode <em>Organization Code</em>}</li>
 *   <li>{@link org.officebench.model.impl.ArchiveItemImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.officebench.model.impl.ArchiveItemImpl#getResponsible <em>Responsible</em>}</li>
 *   <li>{@link org.officebench.model.impl.ArchiveItemImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.officebench.model.impl.ArchiveItemImpl#getDocumentNumber <em>Document Number</em>}</li>
 *   <li>{@link org.officebench.model.impl.ArchiveItemImpl#getSecurityLevel <em>Security Level</em>}</li>
 *   <li>{@link org.officebench.model.impl.ArchiveItemImpl#getPages <em>Pages</em>}</li>
 *   <li>{@link org.officebench.model.impl.ArchiveItemImpl#getRemarks <em>Remarks</em>}</li>
 *   <li>{@link org.officebench.model.impl.ArchiveItemImpl#getSourceDocumentId <em>Source Document Id</em>}</li>
 *   <li>{@link org.officebench.model.impl.ArchiveItemImpl#getFiles <em>Files</em>}</li>
 *   <li>{@link org.officebench.model.impl.ArchiveItemImpl#getBoxNumber <em>Box Number</em>}</li>
 *   <li>{@link org.officebench.model.impl.ArchiveItemImpl#isDestroyed <em>Destroyed</em>}</li>
 *   <li>{@link org.officebench.model.impl.ArchiveItemImpl#getDestroyedOn <em>Destroyed On</em>}</li>
 *   <li>{@link org.officebench.model.impl.ArchiveItemImpl#getAppraisals <em>Appraisals</em>}</li>
 *   <li>{@link org.officebench.model.impl.ArchiveItemImpl#getLoans <em>Loans</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ArchiveItemImpl extends MinimalEObjectImpl.Container implements ArchiveItem {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getArchivalCode() <em>Archival Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArchivalCode()
	 * @generated
	 * @ordered
	 */
	protected static final String ARCHIVAL_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getArchivalCode() <em>Archival Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArchivalCode()
	 * @generated
	 * @ordered
	 */
	protected String archivalCode = ARCHIVAL_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getItemNumber() <em>Item Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItemNumber()
	 * @generated
	 * @ordered
	 */
	protected static final int ITEM_NUMBER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getItemNumber() <em>Item Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItemNumber()
	 * @generated
	 * @ordered
	 */
	protected int itemNumber = ITEM_NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected static final int YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected int year = YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getRetention() <em>Retention</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetention()
	 * @generated
	 * @ordered
	 */
	protected static final RetentionPeriod RETENTION_EDEFAULT = RetentionPeriod.PERMANENT;

	/**
	 * The cached value of the '{@link #getRetention() <em>Retention</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetention()
	 * @generated
	 * @ordered
	 */
	protected RetentionPeriod retention = RETENTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getOrganizationCode() <em>Organization Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganizationCode()
	 * @generated
	 * @ordered
	 */
	protected static final String ORGANIZATION_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOrganizationCode() <em>Organization Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganizationCode()
	 * @generated
	 * @ordered
	 */
	protected String organizationCode = ORGANIZATION_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getResponsible() <em>Responsible</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponsible()
	 * @generated
	 * @ordered
	 */
	protected static final String RESPONSIBLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResponsible() <em>Responsible</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponsible()
	 * @generated
	 * @ordered
	 */
	protected String responsible = RESPONSIBLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final Date DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected Date date = DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDocumentNumber() <em>Document Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocumentNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String DOCUMENT_NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDocumentNumber() <em>Document Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocumentNumber()
	 * @generated
	 * @ordered
	 */
	protected String documentNumber = DOCUMENT_NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getSecurityLevel() <em>Security Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecurityLevel()
	 * @generated
	 * @ordered
	 */
	protected static final SecurityLevel SECURITY_LEVEL_EDEFAULT = SecurityLevel.PUBLIC;

	/**
	 * The cached value of the '{@link #getSecurityLevel() <em>Security Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecurityLevel()
	 * @generated
	 * @ordered
	 */
	protected SecurityLevel securityLevel = SECURITY_LEVEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getPages() <em>Pages</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPages()
	 * @generated
	 * @ordered
	 */
	protected static final int PAGES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPages() <em>Pages</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPages()
	 * @generated
	 * @ordered
	 */
	protected int pages = PAGES_EDEFAULT;

	/**
	 * The default value of the '{@link #getRemarks() <em>Remarks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemarks()
	 * @generated
	 * @ordered
	 */
	protected static final String REMARKS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRemarks() <em>Remarks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemarks()
	 * @generated
	 * @ordered
	 */
	protected String remarks = REMARKS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSourceDocumentId() <em>Source Document Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceDocumentId()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_DOCUMENT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSourceDocumentId() <em>Source Document Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceDocumentId()
	 * @generated
	 * @ordered
	 */
	protected String sourceDocumentId = SOURCE_DOCUMENT_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFiles() <em>Files</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFiles()
	 * @generated
	 * @ordered
	 */
	protected EList<StoredFile> files;

	/**
	 * The default value of the '{@link #getBoxNumber() <em>Box Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBoxNumber()
	 * @generated
	 * @ordered
	 */
	protected static final int BOX_NUMBER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getBoxNumber() <em>Box Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBoxNumber()
	 * @generated
	 * @ordered
	 */
	protected int boxNumber = BOX_NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #isDestroyed() <em>Destroyed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDestroyed()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DESTROYED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDestroyed() <em>Destroyed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDestroyed()
	 * @generated
	 * @ordered
	 */
	protected boolean destroyed = DESTROYED_EDEFAULT;

	/**
	 * The default value of the '{@link #getDestroyedOn() <em>Destroyed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDestroyedOn()
	 * @generated
	 * @ordered
	 */
	protected static final Date DESTROYED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDestroyedOn() <em>Destroyed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDestroyedOn()
	 * @generated
	 * @ordered
	 */
	protected Date destroyedOn = DESTROYED_ON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAppraisals() <em>Appraisals</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAppraisals()
	 * @generated
	 * @ordered
	 */
	protected EList<Appraisal> appraisals;

	/**
	 * The cached value of the '{@link #getLoans() <em>Loans</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLoans()
	 * @generated
	 * @ordered
	 */
	protected EList<Loan> loans;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ArchiveItemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OfficeBenchPackage.Literals.ARCHIVE_ITEM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OfficeBenchPackage.ARCHIVE_ITEM__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getArchivalCode() {
		return archivalCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArchivalCode(String newArchivalCode) {
		String oldArchivalCode = archivalCode;
		archivalCode = newArchivalCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OfficeBenchPackage.ARCHIVE_ITEM__ARCHIVAL_CODE, oldArchivalCode, archivalCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getItemNumber() {
		return itemNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setItemNumber(int newItemNumber) {
		int oldItemNumber = itemNumber;
		itemNumber = newItemNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OfficeBenchPackage.ARCHIVE_ITEM__ITEM_NUMBER, oldItemNumber, itemNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getYear() {
		return year;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setYear(int newYear) {
		int oldYear = year;
		year = newYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OfficeBenchPackage.ARCHIVE_ITEM__YEAR, oldYear, year));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RetentionPeriod getRetention() {
		return retention;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRetention(RetentionPeriod newRetention) {
		RetentionPeriod oldRetention = retention;
		retention = newRetention == null ? RETENTION_EDEFAULT : newRetention;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OfficeBenchPackage.ARCHIVE_ITEM__RETENTION, oldRetention, retention));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOrganizationCode() {
		return organizationCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrganizationCode(String newOrganizationCode) {
		String oldOrganizationCode = organizationCode;
		organizationCode = newOrganizationCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OfficeBenchPackage.ARCHIVE_ITEM__ORGANIZATION_CODE, oldOrganizationCode, organizationCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OfficeBenchPackage.ARCHIVE_ITEM__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getResponsible() {
		return responsible;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResponsible(String newResponsible) {
		String oldResponsible = responsible;
		responsible = newResponsible;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OfficeBenchPackage.ARCHIVE_ITEM__RESPONSIBLE, oldResponsible, responsible));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getDate() {
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(Date newDate) {
		Date oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OfficeBenchPackage.ARCHIVE_ITEM__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDocumentNumber() {
		return documentNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDocumentNumber(String newDocumentNumber) {
		String oldDocumentNumber = documentNumber;
		documentNumber = newDocumentNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OfficeBenchPackage.ARCHIVE_ITEM__DOCUMENT_NUMBER, oldDocumentNumber, documentNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SecurityLevel getSecurityLevel() {
		return securityLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSecurityLevel(SecurityLevel newSecurityLevel) {
		SecurityLevel oldSecurityLevel = securityLevel;
		securityLevel = newSecurityLevel == null ? SECURITY_LEVEL_EDEFAULT : newSecurityLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OfficeBenchPackage.ARCHIVE_ITEM__SECURITY_LEVEL, oldSecurityLevel, securityLevel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPages() {
		return pages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPages(int newPages) {
		int oldPages = pages;
		pages = newPages;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OfficeBenchPackage.ARCHIVE_ITEM__PAGES, oldPages, pages));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRemarks() {
		return remarks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRemarks(String newRemarks) {
		String oldRemarks = remarks;
		remarks = newRemarks;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OfficeBenchPackage.ARCHIVE_ITEM__REMARKS, oldRemarks, remarks));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSourceDocumentId() {
		return sourceDocumentId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceDocumentId(String newSourceDocumentId) {
		String oldSourceDocumentId = sourceDocumentId;
		sourceDocumentId = newSourceDocumentId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OfficeBenchPackage.ARCHIVE_ITEM__SOURCE_DOCUMENT_ID, oldSourceDocumentId, sourceDocumentId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StoredFile> getFiles() {
		if (files == null) {
			files = new EObjectContainmentEList<StoredFile>(StoredFile.class, this, OfficeBenchPackage.ARCHIVE_ITEM__FILES);
		}
		return files;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBoxNumber() {
		return boxNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBoxNumber(int newBoxNumber) {
		int oldBoxNumber = boxNumber;
		boxNumber = newBoxNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OfficeBenchPackage.ARCHIVE_ITEM__BOX_NUMBER, oldBoxNumber, boxNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDestroyed() {
		return destroyed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDestroyed(boolean newDestroyed) {
		boolean oldDestroyed = destroyed;
		destroyed = newDestroyed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OfficeBenchPackage.ARCHIVE_ITEM__DESTROYED, oldDestroyed, destroyed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getDestroyedOn() {
		return destroyedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDestroyedOn(Date newDestroyedOn) {
		Date oldDestroyedOn = destroyedOn;
		destroyedOn = newDestroyedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OfficeBenchPackage.ARCHIVE_ITEM__DESTROYED_ON, oldDestroyedOn, destroyedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Appraisal> getAppraisals() {
		if (appraisals == null) {
			appraisals = new EObjectContainmentEList<Appraisal>(Appraisal.class, this, OfficeBenchPackage.ARCHIVE_ITEM__APPRAISALS);
		}
		return appraisals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Loan> getLoans() {
		if (loans == null) {
			loans = new EObjectContainmentEList<Loan>(Loan.class, this, OfficeBenchPackage.ARCHIVE_ITEM__LOANS);
		}
		return loans;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case OfficeBenchPackage.ARCHIVE_ITEM__FILES:
				return ((InternalEList<?>)getFiles()).basicRemove(otherEnd, msgs);
			case OfficeBenchPackage.ARCHIVE_ITEM__APPRAISALS:
				return ((InternalEList<?>)getAppraisals()).basicRemove(otherEnd, msgs);
			case OfficeBenchPackage.ARCHIVE_ITEM__LOANS:
				return ((InternalEList<?>)getLoans()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case OfficeBenchPackage.ARCHIVE_ITEM__ID:
				return getId();
			case OfficeBenchPackage.ARCHIVE_ITEM__ARCHIVAL_CODE:
				return getArchivalCode();
			case OfficeBenchPackage.ARCHIVE_ITEM__ITEM_NUMBER:
				return getItemNumber();
			case OfficeBenchPackage.ARCHIVE_ITEM__YEAR:
				return getYear();
			case OfficeBenchPackage.ARCHIVE_ITEM__RETENTION:
				return getRetention();
			case OfficeBenchPackage.ARCHIVE_ITEM__ORGANIZATION_CODE:
				return getOrganizationCode();
			case OfficeBenchPackage.ARCHIVE_ITEM__TITLE:
				return getTitle();
			case OfficeBenchPackage.ARCHIVE_ITEM__RESPONSIBLE:
				return getResponsible();
			case OfficeBenchPackage.ARCHIVE_ITEM__DATE:
				return getDate();
			case OfficeBenchPackage.ARCHIVE_ITEM__DOCUMENT_NUMBER:
				return getDocumentNumber();
			case OfficeBenchPackage.ARCHIVE_ITEM__SECURITY_LEVEL:
				return getSecurityLevel();
			case OfficeBenchPackage.ARCHIVE_ITEM__PAGES:
				return getPages();
			case OfficeBenchPackage.ARCHIVE_ITEM__REMARKS:
				return getRemarks();
			case OfficeBenchPackage.ARCHIVE_ITEM__SOURCE_DOCUMENT_ID:
				return getSourceDocumentId();
			case OfficeBenchPackage.ARCHIVE_ITEM__FILES:
				return getFiles();
			case OfficeBenchPackage.ARCHIVE_ITEM__BOX_NUMBER:
				return getBoxNumber();
			case OfficeBenchPackage.ARCHIVE_ITEM__DESTROYED:
				return isDestroyed();
			case OfficeBenchPackage.ARCHIVE_ITEM__DESTROYED_ON:
				return getDestroyedOn();
			case OfficeBenchPackage.ARCHIVE_ITEM__APPRAISALS:
				return getAppraisals();
			case OfficeBenchPackage.ARCHIVE_ITEM__LOANS:
				return getLoans();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case OfficeBenchPackage.ARCHIVE_ITEM__ID:
				setId((String)newValue);
				return;
			case OfficeBenchPackage.ARCHIVE_ITEM__ARCHIVAL_CODE:
				setArchivalCode((String)newValue);
				return;
			case OfficeBenchPackage.ARCHIVE_ITEM__ITEM_NUMBER:
				setItemNumber((Integer)newValue);
				return;
			case OfficeBenchPackage.ARCHIVE_ITEM__YEAR:
				setYear((Integer)newValue);
				return;
			case OfficeBenchPackage.ARCHIVE_ITEM__RETENTION:
				setRetention((RetentionPeriod)newValue);
				return;
			case OfficeBenchPackage.ARCHIVE_ITEM__ORGANIZATION_CODE:
				setOrganizationCode((String)newValue);
				return;
			case OfficeBenchPackage.ARCHIVE_ITEM__TITLE:
				setTitle((String)newValue);
				return;
			case OfficeBenchPackage.ARCHIVE_ITEM__RESPONSIBLE:
				setResponsible((String)newValue);
				return;
			case OfficeBenchPackage.ARCHIVE_ITEM__DATE:
				setDate((Date)newValue);
				return;
			case OfficeBenchPackage.ARCHIVE_ITEM__DOCUMENT_NUMBER:
				setDocumentNumber((String)newValue);
				return;
			case OfficeBenchPackage.ARCHIVE_ITEM__SECURITY_LEVEL:
				setSecurityLevel((SecurityLevel)newValue);
				return;
			case OfficeBenchPackage.ARCHIVE_ITEM__PAGES:
				setPages((Integer)newValue);
				return;
			case OfficeBenchPackage.ARCHIVE_ITEM__REMARKS:
				setRemarks((String)newValue);
				return;
			case OfficeBenchPackage.ARCHIVE_ITEM__SOURCE_DOCUMENT_ID:
				setSourceDocumentId((String)newValue);
				return;
			case OfficeBenchPackage.ARCHIVE_ITEM__FILES:
				getFiles().clear();
				getFiles().addAll((Collection<? extends StoredFile>)newValue);
				return;
			case OfficeBenchPackage.ARCHIVE_ITEM__BOX_NUMBER:
				setBoxNumber((Integer)newValue);
				return;
			case OfficeBenchPackage.ARCHIVE_ITEM__DESTROYED:
				setDestroyed((Boolean)newValue);
				return;
			case OfficeBenchPackage.ARCHIVE_ITEM__DESTROYED_ON:
				setDestroyedOn((Date)newValue);
				return;
			case OfficeBenchPackage.ARCHIVE_ITEM__APPRAISALS:
				getAppraisals().clear();
				getAppraisals().addAll((Collection<? extends Appraisal>)newValue);
				return;
			case OfficeBenchPackage.ARCHIVE_ITEM__LOANS:
				getLoans().clear();
				getLoans().addAll((Collection<? extends Loan>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case OfficeBenchPackage.ARCHIVE_ITEM__ID:
				setId(ID_EDEFAULT);
				return;
			case OfficeBenchPackage.ARCHIVE_ITEM__ARCHIVAL_CODE:
				setArchivalCode(ARCHIVAL_CODE_EDEFAULT);
				return;
			case OfficeBenchPackage.ARCHIVE_ITEM__ITEM_NUMBER:
				setItemNumber(ITEM_NUMBER_EDEFAULT);
				return;
			case OfficeBenchPackage.ARCHIVE_ITEM__YEAR:
				setYear(YEAR_EDEFAULT);
				return;
			case OfficeBenchPackage.ARCHIVE_ITEM__RETENTION:
				setRetention(RETENTION_EDEFAULT);
				return;
			case OfficeBenchPackage.ARCHIVE_ITEM__ORGANIZATION_CODE:
				setOrganizationCode(ORGANIZATION_CODE_EDEFAULT);
				return;
			case OfficeBenchPackage.ARCHIVE_ITEM__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case OfficeBenchPackage.ARCHIVE_ITEM__RESPONSIBLE:
				setResponsible(RESPONSIBLE_EDEFAULT);
				return;
			case OfficeBenchPackage.ARCHIVE_ITEM__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case OfficeBenchPackage.ARCHIVE_ITEM__DOCUMENT_NUMBER:
				setDocumentNumber(DOCUMENT_NUMBER_EDEFAULT);
				return;
			case OfficeBenchPackage.ARCHIVE_ITEM__SECURITY_LEVEL:
				setSecurityLevel(SECURITY_LEVEL_EDEFAULT);
				return;
			case OfficeBenchPackage.ARCHIVE_ITEM__PAGES:
				setPages(PAGES_EDEFAULT);
				return;
			case OfficeBenchPackage.ARCHIVE_ITEM__REMARKS:
				setRemarks(REMARKS_EDEFAULT);
				return;
			case OfficeBenchPackage.ARCHIVE_ITEM__SOURCE_DOCUMENT_ID:
				setSourceDocumentId(SOURCE_DOCUMENT_ID_EDEFAULT);
				return;
			case OfficeBenchPackage.ARCHIVE_ITEM__FILES:
				getFiles().clear();
				return;
			case OfficeBenchPackage.ARCHIVE_ITEM__BOX_NUMBER:
				setBoxNumber(BOX_NUMBER_EDEFAULT);
				return;
			case OfficeBenchPackage.ARCHIVE_ITEM__DESTROYED:
				setDestroyed(DESTROYED_EDEFAULT);
				return;
			case OfficeBenchPackage.ARCHIVE_ITEM__DESTROYED_ON:
				setDestroyedOn(DESTROYED_ON_EDEFAULT);
				return;
			case OfficeBenchPackage.ARCHIVE_ITEM__APPRAISALS:
				getAppraisals().clear();
				return;
			case OfficeBenchPackage.ARCHIVE_ITEM__LOANS:
				getLoans().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case OfficeBenchPackage.ARCHIVE_ITEM__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case OfficeBenchPackage.ARCHIVE_ITEM__ARCHIVAL_CODE:
				return ARCHIVAL_CODE_EDEFAULT == null ? archivalCode != null : !ARCHIVAL_CODE_EDEFAULT.equals(archivalCode);
			case OfficeBenchPackage.ARCHIVE_ITEM__ITEM_NUMBER:
				return itemNumber != ITEM_NUMBER_EDEFAULT;
			case OfficeBenchPackage.ARCHIVE_ITEM__YEAR:
				return year != YEAR_EDEFAULT;
			case OfficeBenchPackage.ARCHIVE_ITEM__RETENTION:
				return retention != RETENTION_EDEFAULT;
			case OfficeBenchPackage.ARCHIVE_ITEM__ORGANIZATION_CODE:
				return ORGANIZATION_CODE_EDEFAULT == null ? organizationCode != null : !ORGANIZATION_CODE_EDEFAULT.equals(organizationCode);
			case OfficeBenchPackage.ARCHIVE_ITEM__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case OfficeBenchPackage.ARCHIVE_ITEM__RESPONSIBLE:
				return RESPONSIBLE_EDEFAULT == null ? responsible != null : !RESPONSIBLE_EDEFAULT.equals(responsible);
			case OfficeBenchPackage.ARCHIVE_ITEM__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case OfficeBenchPackage.ARCHIVE_ITEM__DOCUMENT_NUMBER:
				return DOCUMENT_NUMBER_EDEFAULT == null ? documentNumber != null : !DOCUMENT_NUMBER_EDEFAULT.equals(documentNumber);
			case OfficeBenchPackage.ARCHIVE_ITEM__SECURITY_LEVEL:
				return securityLevel != SECURITY_LEVEL_EDEFAULT;
			case OfficeBenchPackage.ARCHIVE_ITEM__PAGES:
				return pages != PAGES_EDEFAULT;
			case OfficeBenchPackage.ARCHIVE_ITEM__REMARKS:
				return REMARKS_EDEFAULT == null ? remarks != null : !REMARKS_EDEFAULT.equals(remarks);
			case OfficeBenchPackage.ARCHIVE_ITEM__SOURCE_DOCUMENT_ID:
				return SOURCE_DOCUMENT_ID_EDEFAULT == null ? sourceDocumentId != null : !SOURCE_DOCUMENT_ID_EDEFAULT.equals(sourceDocumentId);
			case OfficeBenchPackage.ARCHIVE_ITEM__FILES:
				return files != null && !files.isEmpty();
			case OfficeBenchPackage.ARCHIVE_ITEM__BOX_NUMBER:
				return boxNumber != BOX_NUMBER_EDEFAULT;
			case OfficeBenchPackage.ARCHIVE_ITEM__DESTROYED:
				return destroyed != DESTROYED_EDEFAULT;
			case OfficeBenchPackage.ARCHIVE_ITEM__DESTROYED_ON:
				return DESTROYED_ON_EDEFAULT == null ? destroyedOn != null : !DESTROYED_ON_EDEFAULT.equals(destroyedOn);
			case OfficeBenchPackage.ARCHIVE_ITEM__APPRAISALS:
				return appraisals != null && !appraisals.isEmpty();
			case OfficeBenchPackage.ARCHIVE_ITEM__LOANS:
				return loans != null && !loans.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (id: "); //$NON-NLS-1$
		result.append(id);
		result.append(", archivalCode: "); //$NON-NLS-1$
		result.append(archivalCode);
		result.append(", itemNumber: "); //$NON-NLS-1$
		result.append(itemNumber);
		result.append(", year: "); //$NON-NLS-1$
		result.append(year);
		result.append(", retention: "); //$NON-NLS-1$
		result.append(retention);
		result.append(", organizationCode: "); //$NON-NLS-1$
		result.append(organizationCode);
		result.append(", title: "); //$NON-NLS-1$
		result.append(title);
		result.append(", responsible: "); //$NON-NLS-1$
		result.append(responsible);
		result.append(", date: "); //$NON-NLS-1$
		result.append(date);
		result.append(", documentNumber: "); //$NON-NLS-1$
		result.append(documentNumber);
		result.append(", securityLevel: "); //$NON-NLS-1$
		result.append(securityLevel);
		result.append(", pages: "); //$NON-NLS-1$
		result.append(pages);
		result.append(", remarks: "); //$NON-NLS-1$
		result.append(remarks);
		result.append(", sourceDocumentId: "); //$NON-NLS-1$
		result.append(sourceDocumentId);
		result.append(", boxNumber: "); //$NON-NLS-1$
		result.append(boxNumber);
		result.append(", destroyed: "); //$NON-NLS-1$
		result.append(destroyed);
		result.append(", destroyedOn: "); //$NON-NLS-1$
		result.append(destroyedOn);
		result.append(')');
		return result.toString();
	}

} //ArchiveItemImpl
