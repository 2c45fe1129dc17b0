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
import org.officebench.model.OfficeBenchPackage;

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
 *   <li>{@link org.officebench.model.impl.ArchiveCatalogueImpl#getItems <em>Items</em>}</li>
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
	protected static final String ARCHIVAL_CODE_PATTERN_EDEFAULT = "{fonds}-WS\u00b7{year}-{retention}-{org}-{item}"; //$NON-NLS-1$

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
	 * The cached value of the '{@link #getItems() <em>Items</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItems()
	 * @generated
	 * @ordered
	 */
	protected EList<ArchiveItem> items;

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
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case OfficeBenchPackage.ARCHIVE_CATALOGUE__ITEMS:
				return ((InternalEList<?>)getItems()).basicRemove(otherEnd, msgs);
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
			case OfficeBenchPackage.ARCHIVE_CATALOGUE__ITEMS:
				return getItems();
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
			case OfficeBenchPackage.ARCHIVE_CATALOGUE__ITEMS:
				getItems().clear();
				getItems().addAll((Collection<? extends ArchiveItem>)newValue);
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
			case OfficeBenchPackage.ARCHIVE_CATALOGUE__ITEMS:
				getItems().clear();
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
			case OfficeBenchPackage.ARCHIVE_CATALOGUE__ITEMS:
				return items != null && !items.isEmpty();
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
		result.append(')');
		return result.toString();
	}

} //ArchiveCatalogueImpl
