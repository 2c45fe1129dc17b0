/**
 */
package org.officebench.model.impl;

import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.officebench.model.Loan;
import org.officebench.model.OfficeBenchPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Loan</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.officebench.model.impl.LoanImpl#getBorrower <em>Borrower</em>}</li>
 *   <li>{@link org.officebench.model.impl.LoanImpl#getPurpose <em>Purpose</em>}</li>
 *   <li>{@link org.officebench.model.impl.LoanImpl#getLentOn <em>Lent On</em>}</li>
 *   <li>{@link org.officebench.model.impl.LoanImpl#getDueOn <em>Due On</em>}</li>
 *   <li>{@link org.officebench.model.impl.LoanImpl#getReturnedOn <em>Returned On</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LoanImpl extends MinimalEObjectImpl.Container implements Loan {
	/**
	 * The default value of the '{@link #getBorrower() <em>Borrower</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBorrower()
	 * @generated
	 * @ordered
	 */
	protected static final String BORROWER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBorrower() <em>Borrower</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBorrower()
	 * @generated
	 * @ordered
	 */
	protected String borrower = BORROWER_EDEFAULT;

	/**
	 * The default value of the '{@link #getPurpose() <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurpose()
	 * @generated
	 * @ordered
	 */
	protected static final String PURPOSE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPurpose() <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurpose()
	 * @generated
	 * @ordered
	 */
	protected String purpose = PURPOSE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLentOn() <em>Lent On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLentOn()
	 * @generated
	 * @ordered
	 */
	protected static final Date LENT_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLentOn() <em>Lent On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLentOn()
	 * @generated
	 * @ordered
	 */
	protected Date lentOn = LENT_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getDueOn() <em>Due On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueOn()
	 * @generated
	 * @ordered
	 */
	protected static final Date DUE_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDueOn() <em>Due On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueOn()
	 * @generated
	 * @ordered
	 */
	protected Date dueOn = DUE_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getReturnedOn() <em>Returned On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReturnedOn()
	 * @generated
	 * @ordered
	 */
	protected static final Date RETURNED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReturnedOn() <em>Returned On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReturnedOn()
	 * @generated
	 * @ordered
	 */
	protected Date returnedOn = RETURNED_ON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LoanImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OfficeBenchPackage.Literals.LOAN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBorrower() {
		return borrower;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBorrower(String newBorrower) {
		String oldBorrower = borrower;
		borrower = newBorrower;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OfficeBenchPackage.LOAN__BORROWER, oldBorrower, borrower));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPurpose() {
		return purpose;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPurpose(String newPurpose) {
		String oldPurpose = purpose;
		purpose = newPurpose;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OfficeBenchPackage.LOAN__PURPOSE, oldPurpose, purpose));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getLentOn() {
		return lentOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLentOn(Date newLentOn) {
		Date oldLentOn = lentOn;
		lentOn = newLentOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OfficeBenchPackage.LOAN__LENT_ON, oldLentOn, lentOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getDueOn() {
		return dueOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDueOn(Date newDueOn) {
		Date oldDueOn = dueOn;
		dueOn = newDueOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OfficeBenchPackage.LOAN__DUE_ON, oldDueOn, dueOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getReturnedOn() {
		return returnedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReturnedOn(Date newReturnedOn) {
		Date oldReturnedOn = returnedOn;
		returnedOn = newReturnedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OfficeBenchPackage.LOAN__RETURNED_ON, oldReturnedOn, returnedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case OfficeBenchPackage.LOAN__BORROWER:
				return getBorrower();
			case OfficeBenchPackage.LOAN__PURPOSE:
				return getPurpose();
			case OfficeBenchPackage.LOAN__LENT_ON:
				return getLentOn();
			case OfficeBenchPackage.LOAN__DUE_ON:
				return getDueOn();
			case OfficeBenchPackage.LOAN__RETURNED_ON:
				return getReturnedOn();
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
			case OfficeBenchPackage.LOAN__BORROWER:
				setBorrower((String)newValue);
				return;
			case OfficeBenchPackage.LOAN__PURPOSE:
				setPurpose((String)newValue);
				return;
			case OfficeBenchPackage.LOAN__LENT_ON:
				setLentOn((Date)newValue);
				return;
			case OfficeBenchPackage.LOAN__DUE_ON:
				setDueOn((Date)newValue);
				return;
			case OfficeBenchPackage.LOAN__RETURNED_ON:
				setReturnedOn((Date)newValue);
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
			case OfficeBenchPackage.LOAN__BORROWER:
				setBorrower(BORROWER_EDEFAULT);
				return;
			case OfficeBenchPackage.LOAN__PURPOSE:
				setPurpose(PURPOSE_EDEFAULT);
				return;
			case OfficeBenchPackage.LOAN__LENT_ON:
				setLentOn(LENT_ON_EDEFAULT);
				return;
			case OfficeBenchPackage.LOAN__DUE_ON:
				setDueOn(DUE_ON_EDEFAULT);
				return;
			case OfficeBenchPackage.LOAN__RETURNED_ON:
				setReturnedOn(RETURNED_ON_EDEFAULT);
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
			case OfficeBenchPackage.LOAN__BORROWER:
				return BORROWER_EDEFAULT == null ? borrower != null : !BORROWER_EDEFAULT.equals(borrower);
			case OfficeBenchPackage.LOAN__PURPOSE:
				return PURPOSE_EDEFAULT == null ? purpose != null : !PURPOSE_EDEFAULT.equals(purpose);
			case OfficeBenchPackage.LOAN__LENT_ON:
				return LENT_ON_EDEFAULT == null ? lentOn != null : !LENT_ON_EDEFAULT.equals(lentOn);
			case OfficeBenchPackage.LOAN__DUE_ON:
				return DUE_ON_EDEFAULT == null ? dueOn != null : !DUE_ON_EDEFAULT.equals(dueOn);
			case OfficeBenchPackage.LOAN__RETURNED_ON:
				return RETURNED_ON_EDEFAULT == null ? returnedOn != null : !RETURNED_ON_EDEFAULT.equals(returnedOn);
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
		result.append(" (borrower: "); //$NON-NLS-1$
		result.append(borrower);
		result.append(", purpose: "); //$NON-NLS-1$
		result.append(purpose);
		result.append(", lentOn: "); //$NON-NLS-1$
		result.append(lentOn);
		result.append(", dueOn: "); //$NON-NLS-1$
		result.append(dueOn);
		result.append(", returnedOn: "); //$NON-NLS-1$
		result.append(returnedOn);
		result.append(')');
		return result.toString();
	}

} //LoanImpl
