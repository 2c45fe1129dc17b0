/**
 */
package org.officebench.model.impl;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.officebench.model.ArchiveItem;
import org.officebench.model.DestructionRegister;
import org.officebench.model.OfficeBenchPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Destruction Register</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.officebench.model.impl.DestructionRegisterImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.officebench.model.impl.DestructionRegisterImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.officebench.model.impl.DestructionRegisterImpl#getSignatories <em>Signatories</em>}</li>
 *   <li>{@link org.officebench.model.impl.DestructionRegisterImpl#getItems <em>Items</em>}</li>
 *   <li>{@link org.officebench.model.impl.DestructionRegisterImpl#getRemarks <em>Remarks</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DestructionRegisterImpl extends MinimalEObjectImpl.Container implements DestructionRegister {
	/**
	 * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected String number = NUMBER_EDEFAULT;

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
	 * The cached value of the '{@link #getSignatories() <em>Signatories</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignatories()
	 * @generated
	 * @ordered
	 */
	protected EList<String> signatories;

	/**
	 * The cached value of the '{@link #getItems() <em>Items</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItems()
	 * @generated
	 * @ordered
	 */
	protected EList<ArchiveItem> items;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DestructionRegisterImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OfficeBenchPackage.Literals.DESTRUCTION_REGISTER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNumber() {
		return number;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumber(String newNumber) {
		String oldNumber = number;
		number = newNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OfficeBenchPackage.DESTRUCTION_REGISTER__NUMBER, oldNumber, number));
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
			eNotify(new ENotificationImpl(this, Notification.SET, OfficeBenchPackage.DESTRUCTION_REGISTER__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getSignatories() {
		if (signatories == null) {
			signatories = new EDataTypeUniqueEList<String>(String.class, this, OfficeBenchPackage.DESTRUCTION_REGISTER__SIGNATORIES);
		}
		return signatories;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ArchiveItem> getItems() {
		if (items == null) {
			items = new EObjectResolvingEList<ArchiveItem>(ArchiveItem.class, this, OfficeBenchPackage.DESTRUCTION_REGISTER__ITEMS);
		}
		return items;
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
			eNotify(new ENotificationImpl(this, Notification.SET, OfficeBenchPackage.DESTRUCTION_REGISTER__REMARKS, oldRemarks, remarks));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case OfficeBenchPackage.DESTRUCTION_REGISTER__NUMBER:
				return getNumber();
			case OfficeBenchPackage.DESTRUCTION_REGISTER__DATE:
				return getDate();
			case OfficeBenchPackage.DESTRUCTION_REGISTER__SIGNATORIES:
				return getSignatories();
			case OfficeBenchPackage.DESTRUCTION_REGISTER__ITEMS:
				return getItems();
			case OfficeBenchPackage.DESTRUCTION_REGISTER__REMARKS:
				return getRemarks();
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
			case OfficeBenchPackage.DESTRUCTION_REGISTER__NUMBER:
				setNumber((String)newValue);
				return;
			case OfficeBenchPackage.DESTRUCTION_REGISTER__DATE:
				setDate((Date)newValue);
				return;
			case OfficeBenchPackage.DESTRUCTION_REGISTER__SIGNATORIES:
				getSignatories().clear();
				getSignatories().addAll((Collection<? extends String>)newValue);
				return;
			case OfficeBenchPackage.DESTRUCTION_REGISTER__ITEMS:
				getItems().clear();
				getItems().addAll((Collection<? extends ArchiveItem>)newValue);
				return;
			case OfficeBenchPackage.DESTRUCTION_REGISTER__REMARKS:
				setRemarks((String)newValue);
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
			case OfficeBenchPackage.DESTRUCTION_REGISTER__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case OfficeBenchPackage.DESTRUCTION_REGISTER__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case OfficeBenchPackage.DESTRUCTION_REGISTER__SIGNATORIES:
				getSignatories().clear();
				return;
			case OfficeBenchPackage.DESTRUCTION_REGISTER__ITEMS:
				getItems().clear();
				return;
			case OfficeBenchPackage.DESTRUCTION_REGISTER__REMARKS:
				setRemarks(REMARKS_EDEFAULT);
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
			case OfficeBenchPackage.DESTRUCTION_REGISTER__NUMBER:
				return NUMBER_EDEFAULT == null ? number != null : !NUMBER_EDEFAULT.equals(number);
			case OfficeBenchPackage.DESTRUCTION_REGISTER__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case OfficeBenchPackage.DESTRUCTION_REGISTER__SIGNATORIES:
				return signatories != null && !signatories.isEmpty();
			case OfficeBenchPackage.DESTRUCTION_REGISTER__ITEMS:
				return items != null && !items.isEmpty();
			case OfficeBenchPackage.DESTRUCTION_REGISTER__REMARKS:
				return REMARKS_EDEFAULT == null ? remarks != null : !REMARKS_EDEFAULT.equals(remarks);
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
		result.append(" (number: "); //$NON-NLS-1$
		result.append(number);
		result.append(", date: "); //$NON-NLS-1$
		result.append(date);
		result.append(", signatories: "); //$NON-NLS-1$
		result.append(signatories);
		result.append(", remarks: "); //$NON-NLS-1$
		result.append(remarks);
		result.append(')');
		return result.toString();
	}

} //DestructionRegisterImpl
