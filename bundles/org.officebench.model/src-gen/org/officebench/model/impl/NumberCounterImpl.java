/**
 */
package org.officebench.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.officebench.model.NumberCounter;
import org.officebench.model.OfficeBenchPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Number Counter</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.officebench.model.impl.NumberCounterImpl#getClassKey <em>Class Key</em>}</li>
 *   <li>{@link org.officebench.model.impl.NumberCounterImpl#getHighest <em>Highest</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NumberCounterImpl extends MinimalEObjectImpl.Container implements NumberCounter {
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
	 * The default value of the '{@link #getHighest() <em>Highest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHighest()
	 * @generated
	 * @ordered
	 */
	protected static final int HIGHEST_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getHighest() <em>Highest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHighest()
	 * @generated
	 * @ordered
	 */
	protected int highest = HIGHEST_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NumberCounterImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OfficeBenchPackage.Literals.NUMBER_COUNTER;
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
			eNotify(new ENotificationImpl(this, Notification.SET, OfficeBenchPackage.NUMBER_COUNTER__CLASS_KEY, oldClassKey, classKey));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHighest() {
		return highest;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHighest(int newHighest) {
		int oldHighest = highest;
		highest = newHighest;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OfficeBenchPackage.NUMBER_COUNTER__HIGHEST, oldHighest, highest));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case OfficeBenchPackage.NUMBER_COUNTER__CLASS_KEY:
				return getClassKey();
			case OfficeBenchPackage.NUMBER_COUNTER__HIGHEST:
				return getHighest();
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
			case OfficeBenchPackage.NUMBER_COUNTER__CLASS_KEY:
				setClassKey((String)newValue);
				return;
			case OfficeBenchPackage.NUMBER_COUNTER__HIGHEST:
				setHighest((Integer)newValue);
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
			case OfficeBenchPackage.NUMBER_COUNTER__CLASS_KEY:
				setClassKey(CLASS_KEY_EDEFAULT);
				return;
			case OfficeBenchPackage.NUMBER_COUNTER__HIGHEST:
				setHighest(HIGHEST_EDEFAULT);
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
			case OfficeBenchPackage.NUMBER_COUNTER__CLASS_KEY:
				return CLASS_KEY_EDEFAULT == null ? classKey != null : !CLASS_KEY_EDEFAULT.equals(classKey);
			case OfficeBenchPackage.NUMBER_COUNTER__HIGHEST:
				return highest != HIGHEST_EDEFAULT;
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
		result.append(", highest: "); //$NON-NLS-1$
		result.append(highest);
		result.append(')');
		return result.toString();
	}

} //NumberCounterImpl
