/**
 */
package org.officebench.model.impl;

import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.officebench.model.OfficeBenchPackage;
import org.officebench.model.VacatedNumber;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Vacated Number</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.officebench.model.impl.VacatedNumberImpl#getClassKey <em>Class Key</em>}</li>
 *   <li>{@link org.officebench.model.impl.VacatedNumberImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.officebench.model.impl.VacatedNumberImpl#getArchivalCode <em>Archival Code</em>}</li>
 *   <li>{@link org.officebench.model.impl.VacatedNumberImpl#getMovedTo <em>Moved To</em>}</li>
 *   <li>{@link org.officebench.model.impl.VacatedNumberImpl#getDate <em>Date</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VacatedNumberImpl extends MinimalEObjectImpl.Container implements VacatedNumber {
	/**
	 * The default value of the '{@link #getClassKey() <em>Class Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassKey()
	 * @generated
	 * @ordered
	 */
	protected static final String CLASS_KEY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClassKey() <em>Class Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassKey()
	 * @generated
	 * @ordered
	 */
	protected String classKey = CLASS_KEY_EDEFAULT;

	/**
	 * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected static final int NUMBER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected int number = NUMBER_EDEFAULT;

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
	 * The default value of the '{@link #getMovedTo() <em>Moved To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMovedTo()
	 * @generated
	 * @ordered
	 */
	protected static final String MOVED_TO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMovedTo() <em>Moved To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMovedTo()
	 * @generated
	 * @ordered
	 */
	protected String movedTo = MOVED_TO_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VacatedNumberImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OfficeBenchPackage.Literals.VACATED_NUMBER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getClassKey() {
		return classKey;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClassKey(String newClassKey) {
		String oldClassKey = classKey;
		classKey = newClassKey;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OfficeBenchPackage.VACATED_NUMBER__CLASS_KEY, oldClassKey, classKey));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getNumber() {
		return number;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumber(int newNumber) {
		int oldNumber = number;
		number = newNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OfficeBenchPackage.VACATED_NUMBER__NUMBER, oldNumber, number));
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
			eNotify(new ENotificationImpl(this, Notification.SET, OfficeBenchPackage.VACATED_NUMBER__ARCHIVAL_CODE, oldArchivalCode, archivalCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMovedTo() {
		return movedTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMovedTo(String newMovedTo) {
		String oldMovedTo = movedTo;
		movedTo = newMovedTo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OfficeBenchPackage.VACATED_NUMBER__MOVED_TO, oldMovedTo, movedTo));
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
			eNotify(new ENotificationImpl(this, Notification.SET, OfficeBenchPackage.VACATED_NUMBER__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case OfficeBenchPackage.VACATED_NUMBER__CLASS_KEY:
				return getClassKey();
			case OfficeBenchPackage.VACATED_NUMBER__NUMBER:
				return getNumber();
			case OfficeBenchPackage.VACATED_NUMBER__ARCHIVAL_CODE:
				return getArchivalCode();
			case OfficeBenchPackage.VACATED_NUMBER__MOVED_TO:
				return getMovedTo();
			case OfficeBenchPackage.VACATED_NUMBER__DATE:
				return getDate();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case OfficeBenchPackage.VACATED_NUMBER__CLASS_KEY:
				setClassKey((String)newValue);
				return;
			case OfficeBenchPackage.VACATED_NUMBER__NUMBER:
				setNumber((Integer)newValue);
				return;
			case OfficeBenchPackage.VACATED_NUMBER__ARCHIVAL_CODE:
				setArchivalCode((String)newValue);
				return;
			case OfficeBenchPackage.VACATED_NUMBER__MOVED_TO:
				setMovedTo((String)newValue);
				return;
			case OfficeBenchPackage.VACATED_NUMBER__DATE:
				setDate((Date)newValue);
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
			case OfficeBenchPackage.VACATED_NUMBER__CLASS_KEY:
				setClassKey(CLASS_KEY_EDEFAULT);
				return;
			case OfficeBenchPackage.VACATED_NUMBER__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case OfficeBenchPackage.VACATED_NUMBER__ARCHIVAL_CODE:
				setArchivalCode(ARCHIVAL_CODE_EDEFAULT);
				return;
			case OfficeBenchPackage.VACATED_NUMBER__MOVED_TO:
				setMovedTo(MOVED_TO_EDEFAULT);
				return;
			case OfficeBenchPackage.VACATED_NUMBER__DATE:
				setDate(DATE_EDEFAULT);
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
			case OfficeBenchPackage.VACATED_NUMBER__CLASS_KEY:
				return CLASS_KEY_EDEFAULT == null ? classKey != null : !CLASS_KEY_EDEFAULT.equals(classKey);
			case OfficeBenchPackage.VACATED_NUMBER__NUMBER:
				return number != NUMBER_EDEFAULT;
			case OfficeBenchPackage.VACATED_NUMBER__ARCHIVAL_CODE:
				return ARCHIVAL_CODE_EDEFAULT == null ? archivalCode != null : !ARCHIVAL_CODE_EDEFAULT.equals(archivalCode);
			case OfficeBenchPackage.VACATED_NUMBER__MOVED_TO:
				return MOVED_TO_EDEFAULT == null ? movedTo != null : !MOVED_TO_EDEFAULT.equals(movedTo);
			case OfficeBenchPackage.VACATED_NUMBER__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
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
		result.append(" (classKey: "); //$NON-NLS-1$
		result.append(classKey);
		result.append(", number: "); //$NON-NLS-1$
		result.append(number);
		result.append(", archivalCode: "); //$NON-NLS-1$
		result.append(archivalCode);
		result.append(", movedTo: "); //$NON-NLS-1$
		result.append(movedTo);
		result.append(", date: "); //$NON-NLS-1$
		result.append(date);
		result.append(')');
		return result.toString();
	}

} //VacatedNumberImpl
