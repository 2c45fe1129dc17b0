/**
 */
package org.officebench.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.officebench.model.ArchiveCatalogue;
import org.officebench.model.ArchiveItem;
import org.officebench.model.ClassificationOrder;
import org.officebench.model.DestructionRegister;
import org.officebench.model.NumberCounter;
import org.officebench.model.OfficeBenchPackage;
import org.officebench.model.Organization;
import org.officebench.model.RetentionRule;
import org.officebench.model.VacatedNumber;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Archive Catalogue</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.officebench.model.impl.ArchiveCatalogueImpl#getFondsCode <em>Fonds Code</em>}</li>
 *   <li>{@link org.officebench.model.impl.ArchiveCatalogueImpl#getFondsName <em>Fonds Name</em>}</li>
 *   <li>{@link org.officebench.model.impl.ArchiveCatalogueImpl#getArchivalCodePattern <em>Archival Code Pattern</em>}</li>
 *   <li>{@link org.officebench.model.impl.ArchiveCatalogueImpl#getCategoryCode <em>Category Code</em>}</li>
 *   <li>{@link org.officebench.model.impl.ArchiveCatalogueImpl#getClassificationOrder <em>Classification Order</em>}</li>
 *   <li>{@link org.officebench.model.impl.ArchiveCatalogueImpl#getOrganizations <em>Organizations</em>}</li>
 *   <li>{@link org.officebench.model.impl.ArchiveCatalogueImpl#getItems <em>Items</em>}</li>
 *   <li>{@link org.officebench.model.impl.ArchiveCatalogueImpl#getNumberCounters <em>Number Counters</em>}</li>
 *   <li>{@link org.officebench.model.impl.ArchiveCatalogueImpl#getVacatedNumbers <em>Vacated Numbers</em>}</li>
 *   <li>{@link org.officebench.model.impl.ArchiveCatalogueImpl#getDestructionRegisters <em>Destruction Registers</em>}</li>
 *   <li>{@link org.officebench.model.impl.ArchiveCatalogueImpl#getRetentionRules <em>Retention Rules</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ArchiveCatalogueImpl extends DocumentImpl implements ArchiveCatalogue {
	/**
	 * The default value of the '{@link #getFondsCode() <em>Fonds Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFondsCode()
	 * @generated
	 * @ordered
	 */
	protected static final String FONDS_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFondsCode() <em>Fonds Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFondsCode()
	 * @generated
	 * @ordered
	 */
	protected String fondsCode = FONDS_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFondsName() <em>Fonds Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFondsName()
	 * @generated
	 * @ordered
	 */
	protected static final String FONDS_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFondsName() <em>Fonds Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFondsName()
	 * @generated
	 * @ordered
	 */
	protected String fondsName = FONDS_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getArchivalCodePattern() <em>Archival Code Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArchivalCodePattern()
	 * @generated
	 * @ordered
	 */
	protected static final String ARCHIVAL_CODE_PATTERN_EDEFAULT = "{fonds}-{category}\u00b7{year}-{retention}-{org}-{item}"; //$NON-NLS-1$

	/**
	 * The cached value of the '{@link #getArchivalCodePattern() <em>Archival Code Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArchivalCodePattern()
	 * @generated
	 * @ordered
	 */
	protected String archivalCodePattern = ARCHIVAL_CODE_PATTERN_EDEFAULT;

	/**
	 * The default value of the '{@link #getCategoryCode() <em>Category Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategoryCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CATEGORY_CODE_EDEFAULT = "WS"; //$NON-NLS-1$

	/**
	 * The cached value of the '{@link #getCategoryCode() <em>Category Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategoryCode()
	 * @generated
	 * @ordered
	 */
	protected String categoryCode = CATEGORY_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getClassificationOrder() <em>Classification Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassificationOrder()
	 * @generated
	 * @ordered
	 */
	protected static final ClassificationOrder CLASSIFICATION_ORDER_EDEFAULT = ClassificationOrder.YEAR_ORG_RETENTION;

	/**
	 * The cached value of the '{@link #getClassificationOrder() <em>Classification Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassificationOrder()
	 * @generated
	 * @ordered
	 */
	protected ClassificationOrder classificationOrder = CLASSIFICATION_ORDER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOrganizations() <em>Organizations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganizations()
	 * @generated
	 * @ordered
	 */
	protected EList<Organization> organizations;

	/**
	 * The cached value of the '{@link #getItems() <em>Items</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItems()
	 * @generated
	 * @ordered
	 */
	protected EList<ArchiveItem> items;

	/**
	 * The cached value of the '{@link #getNumberCounters() <em>Number Counters</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumberCounters()
	 * @generated
	 * @ordered
	 */
	protected EList<NumberCounter> numberCounters;

	/**
	 * The cached value of the '{@link #getVacatedNumbers() <em>Vacated Numbers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVacatedNumbers()
	 * @generated
	 * @ordered
	 */
	protected EList<VacatedNumber> vacatedNumbers;

	/**
	 * The cached value of the '{@link #getDestructionRegisters() <em>Destruction Registers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDestructionRegisters()
	 * @generated
	 * @ordered
	 */
	protected EList<DestructionRegister> destructionRegisters;

	/**
	 * The cached value of the '{@link #getRetentionRules() <em>Retention Rules</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetentionRules()
	 * @generated
	 * @ordered
	 */
	protected EList<RetentionRule> retentionRules;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ArchiveCatalogueImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OfficeBenchPackage.Literals.ARCHIVE_CATALOGUE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFondsCode() {
		return fondsCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFondsCode(String newFondsCode) {
		String oldFondsCode = fondsCode;
		fondsCode = newFondsCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OfficeBenchPackage.ARCHIVE_CATALOGUE__FONDS_CODE, oldFondsCode, fondsCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFondsName() {
		return fondsName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFondsName(String newFondsName) {
		String oldFondsName = fondsName;
		fondsName = newFondsName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OfficeBenchPackage.ARCHIVE_CATALOGUE__FONDS_NAME, oldFondsName, fondsName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getArchivalCodePattern() {
		return archivalCodePattern;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArchivalCodePattern(String newArchivalCodePattern) {
		String oldArchivalCodePattern = archivalCodePattern;
		archivalCodePattern = newArchivalCodePattern;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OfficeBenchPackage.ARCHIVE_CATALOGUE__ARCHIVAL_CODE_PATTERN, oldArchivalCodePattern, archivalCodePattern));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCategoryCode() {
		return categoryCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategoryCode(String newCategoryCode) {
		String oldCategoryCode = categoryCode;
		categoryCode = newCategoryCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OfficeBenchPackage.ARCHIVE_CATALOGUE__CATEGORY_CODE, oldCategoryCode, categoryCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ClassificationOrder getClassificationOrder() {
		return classificationOrder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClassificationOrder(ClassificationOrder newClassificationOrder) {
		ClassificationOrder oldClassificationOrder = classificationOrder;
		classificationOrder = newClassificationOrder == null ? CLASSIFICATION_ORDER_EDEFAULT : newClassificationOrder;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OfficeBenchPackage.ARCHIVE_CATALOGUE__CLASSIFICATION_ORDER, oldClassificationOrder, classificationOrder));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Organization> getOrganizations() {
		if (organizations == null) {
			organizations = new EObjectContainmentEList<Organization>(Organization.class, this, OfficeBenchPackage.ARCHIVE_CATALOGUE__ORGANIZATIONS);
		}
		return organizations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ArchiveItem> getItems() {
		if (items == null) {
			items = new EObjectContainmentEList<ArchiveItem>(ArchiveItem.class, this, OfficeBenchPackage.ARCHIVE_CATALOGUE__ITEMS);
		}
		return items;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NumberCounter> getNumberCounters() {
		if (numberCounters == null) {
			numberCounters = new EObjectContainmentEList<NumberCounter>(NumberCounter.class, this, OfficeBenchPackage.ARCHIVE_CATALOGUE__NUMBER_COUNTERS);
		}
		return numberCounters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<VacatedNumber> getVacatedNumbers() {
		if (vacatedNumbers == null) {
			vacatedNumbers = new EObjectContainmentEList<VacatedNumber>(VacatedNumber.class, this, OfficeBenchPackage.ARCHIVE_CATALOGUE__VACATED_NUMBERS);
		}
		return vacatedNumbers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DestructionRegister> getDestructionRegisters() {
		if (destructionRegisters == null) {
			destructionRegisters = new EObjectContainmentEList<DestructionRegister>(DestructionRegister.class, this, OfficeBenchPackage.ARCHIVE_CATALOGUE__DESTRUCTION_REGISTERS);
		}
		return destructionRegisters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RetentionRule> getRetentionRules() {
		if (retentionRules == null) {
			retentionRules = new EObjectContainmentEList<RetentionRule>(RetentionRule.class, this, OfficeBenchPackage.ARCHIVE_CATALOGUE__RETENTION_RULES);
		}
		return retentionRules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case OfficeBenchPackage.ARCHIVE_CATALOGUE__ORGANIZATIONS:
				return ((InternalEList<?>)getOrganizations()).basicRemove(otherEnd, msgs);
			case OfficeBenchPackage.ARCHIVE_CATALOGUE__ITEMS:
				return ((InternalEList<?>)getItems()).basicRemove(otherEnd, msgs);
			case OfficeBenchPackage.ARCHIVE_CATALOGUE__NUMBER_COUNTERS:
				return ((InternalEList<?>)getNumberCounters()).basicRemove(otherEnd, msgs);
			case OfficeBenchPackage.ARCHIVE_CATALOGUE__VACATED_NUMBERS:
				return ((InternalEList<?>)getVacatedNumbers()).basicRemove(otherEnd, msgs);
			case OfficeBenchPackage.ARCHIVE_CATALOGUE__DESTRUCTION_REGISTERS:
				return ((InternalEList<?>)getDestructionRegisters()).basicRemove(otherEnd, msgs);
			case OfficeBenchPackage.ARCHIVE_CATALOGUE__RETENTION_RULES:
				return ((InternalEList<?>)getRetentionRules()).basicRemove(otherEnd, msgs);
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
			case OfficeBenchPackage.ARCHIVE_CATALOGUE__FONDS_CODE:
				return getFondsCode();
			case OfficeBenchPackage.ARCHIVE_CATALOGUE__FONDS_NAME:
				return getFondsName();
			case OfficeBenchPackage.ARCHIVE_CATALOGUE__ARCHIVAL_CODE_PATTERN:
				return getArchivalCodePattern();
			case OfficeBenchPackage.ARCHIVE_CATALOGUE__CATEGORY_CODE:
				return getCategoryCode();
			case OfficeBenchPackage.ARCHIVE_CATALOGUE__CLASSIFICATION_ORDER:
				return getClassificationOrder();
			case OfficeBenchPackage.ARCHIVE_CATALOGUE__ORGANIZATIONS:
				return getOrganizations();
			case OfficeBenchPackage.ARCHIVE_CATALOGUE__ITEMS:
				return getItems();
			case OfficeBenchPackage.ARCHIVE_CATALOGUE__NUMBER_COUNTERS:
				return getNumberCounters();
			case OfficeBenchPackage.ARCHIVE_CATALOGUE__VACATED_NUMBERS:
				return getVacatedNumbers();
			case OfficeBenchPackage.ARCHIVE_CATALOGUE__DESTRUCTION_REGISTERS:
				return getDestructionRegisters();
			case OfficeBenchPackage.ARCHIVE_CATALOGUE__RETENTION_RULES:
				return getRetentionRules();
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
			case OfficeBenchPackage.ARCHIVE_CATALOGUE__FONDS_CODE:
				setFondsCode((String)newValue);
				return;
			case OfficeBenchPackage.ARCHIVE_CATALOGUE__FONDS_NAME:
				setFondsName((String)newValue);
				return;
			case OfficeBenchPackage.ARCHIVE_CATALOGUE__ARCHIVAL_CODE_PATTERN:
				setArchivalCodePattern((String)newValue);
				return;
			case OfficeBenchPackage.ARCHIVE_CATALOGUE__CATEGORY_CODE:
				setCategoryCode((String)newValue);
				return;
			case OfficeBenchPackage.ARCHIVE_CATALOGUE__CLASSIFICATION_ORDER:
				setClassificationOrder((ClassificationOrder)newValue);
				return;
			case OfficeBenchPackage.ARCHIVE_CATALOGUE__ORGANIZATIONS:
				getOrganizations().clear();
				getOrganizations().addAll((Collection<? extends Organization>)newValue);
				return;
			case OfficeBenchPackage.ARCHIVE_CATALOGUE__ITEMS:
				getItems().clear();
				getItems().addAll((Collection<? extends ArchiveItem>)newValue);
				return;
			case OfficeBenchPackage.ARCHIVE_CATALOGUE__NUMBER_COUNTERS:
				getNumberCounters().clear();
				getNumberCounters().addAll((Collection<? extends NumberCounter>)newValue);
				return;
			case OfficeBenchPackage.ARCHIVE_CATALOGUE__VACATED_NUMBERS:
				getVacatedNumbers().clear();
				getVacatedNumbers().addAll((Collection<? extends VacatedNumber>)newValue);
				return;
			case OfficeBenchPackage.ARCHIVE_CATALOGUE__DESTRUCTION_REGISTERS:
				getDestructionRegisters().clear();
				getDestructionRegisters().addAll((Collection<? extends DestructionRegister>)newValue);
				return;
			case OfficeBenchPackage.ARCHIVE_CATALOGUE__RETENTION_RULES:
				getRetentionRules().clear();
				getRetentionRules().addAll((Collection<? extends RetentionRule>)newValue);
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
			case OfficeBenchPackage.ARCHIVE_CATALOGUE__FONDS_CODE:
				setFondsCode(FONDS_CODE_EDEFAULT);
				return;
			case OfficeBenchPackage.ARCHIVE_CATALOGUE__FONDS_NAME:
				setFondsName(FONDS_NAME_EDEFAULT);
				return;
			case OfficeBenchPackage.ARCHIVE_CATALOGUE__ARCHIVAL_CODE_PATTERN:
				setArchivalCodePattern(ARCHIVAL_CODE_PATTERN_EDEFAULT);
				return;
			case OfficeBenchPackage.ARCHIVE_CATALOGUE__CATEGORY_CODE:
				setCategoryCode(CATEGORY_CODE_EDEFAULT);
				return;
			case OfficeBenchPackage.ARCHIVE_CATALOGUE__CLASSIFICATION_ORDER:
				setClassificationOrder(CLASSIFICATION_ORDER_EDEFAULT);
				return;
			case OfficeBenchPackage.ARCHIVE_CATALOGUE__ORGANIZATIONS:
				getOrganizations().clear();
				return;
			case OfficeBenchPackage.ARCHIVE_CATALOGUE__ITEMS:
				getItems().clear();
				return;
			case OfficeBenchPackage.ARCHIVE_CATALOGUE__NUMBER_COUNTERS:
				getNumberCounters().clear();
				return;
			case OfficeBenchPackage.ARCHIVE_CATALOGUE__VACATED_NUMBERS:
				getVacatedNumbers().clear();
				return;
			case OfficeBenchPackage.ARCHIVE_CATALOGUE__DESTRUCTION_REGISTERS:
				getDestructionRegisters().clear();
				return;
			case OfficeBenchPackage.ARCHIVE_CATALOGUE__RETENTION_RULES:
				getRetentionRules().clear();
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
			case OfficeBenchPackage.ARCHIVE_CATALOGUE__FONDS_CODE:
				return FONDS_CODE_EDEFAULT == null ? fondsCode != null : !FONDS_CODE_EDEFAULT.equals(fondsCode);
			case OfficeBenchPackage.ARCHIVE_CATALOGUE__FONDS_NAME:
				return FONDS_NAME_EDEFAULT == null ? fondsName != null : !FONDS_NAME_EDEFAULT.equals(fondsName);
			case OfficeBenchPackage.ARCHIVE_CATALOGUE__ARCHIVAL_CODE_PATTERN:
				return ARCHIVAL_CODE_PATTERN_EDEFAULT == null ? archivalCodePattern != null : !ARCHIVAL_CODE_PATTERN_EDEFAULT.equals(archivalCodePattern);
			case OfficeBenchPackage.ARCHIVE_CATALOGUE__CATEGORY_CODE:
				return CATEGORY_CODE_EDEFAULT == null ? categoryCode != null : !CATEGORY_CODE_EDEFAULT.equals(categoryCode);
			case OfficeBenchPackage.ARCHIVE_CATALOGUE__CLASSIFICATION_ORDER:
				return classificationOrder != CLASSIFICATION_ORDER_EDEFAULT;
			case OfficeBenchPackage.ARCHIVE_CATALOGUE__ORGANIZATIONS:
				return organizations != null && !organizations.isEmpty();
			case OfficeBenchPackage.ARCHIVE_CATALOGUE__ITEMS:
				return items != null && !items.isEmpty();
			case OfficeBenchPackage.ARCHIVE_CATALOGUE__NUMBER_COUNTERS:
				return numberCounters != null && !numberCounters.isEmpty();
			case OfficeBenchPackage.ARCHIVE_CATALOGUE__VACATED_NUMBERS:
				return vacatedNumbers != null && !vacatedNumbers.isEmpty();
			case OfficeBenchPackage.ARCHIVE_CATALOGUE__DESTRUCTION_REGISTERS:
				return destructionRegisters != null && !destructionRegisters.isEmpty();
			case OfficeBenchPackage.ARCHIVE_CATALOGUE__RETENTION_RULES:
				return retentionRules != null && !retentionRules.isEmpty();
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
		result.append(" (fondsCode: "); //$NON-NLS-1$
		result.append(fondsCode);
		result.append(", fondsName: "); //$NON-NLS-1$
		result.append(fondsName);
		result.append(", archivalCodePattern: "); //$NON-NLS-1$
		result.append(archivalCodePattern);
		result.append(", categoryCode: "); //$NON-NLS-1$
		result.append(categoryCode);
		result.append(", classificationOrder: "); //$NON-NLS-1$
		result.append(classificationOrder);
		result.append(')');
		return result.toString();
	}

} //ArchiveCatalogueImpl
