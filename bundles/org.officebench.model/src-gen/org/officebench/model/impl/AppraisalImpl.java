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

import org.officebench.model.Appraisal;
import org.officebench.model.AppraisalDecision;
import org.officebench.model.OfficeBenchPackage;
import org.officebench.model.RetentionPeriod;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Appraisal</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.officebench.model.impl.AppraisalImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.officebench.model.impl.AppraisalImpl#getDecision <em>Decision</em>}</li>
 *   <li>{@link org.officebench.model.impl.AppraisalImpl#getNewRetention <em>New Retention</em>}</li>
 *   <li>{@link org.officebench.model.impl.AppraisalImpl#getAppraisers <em>Appraisers</em>}</li>
 *   <li>{@link org.officebench.model.impl.AppraisalImpl#getReason <em>Reason</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AppraisalImpl extends MinimalEObjectImpl.Container implements Appraisal {
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
	 * The default value of the '{@link #getDecision() <em>Decision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecision()
	 * @generated
	 * @ordered
	 */
	protected static final AppraisalDecision DECISION_EDEFAULT = AppraisalDecision.RETAIN;

	/**
	 * The cached value of the '{@link #getDecision() <em>Decision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecision()
	 * @generated
	 * @ordered
	 */
	protected AppraisalDecision decision = DECISION_EDEFAULT;

	/**
	 * The default value of the '{@link #getNewRetention() <em>New Retention</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewRetention()
	 * @generated
	 * @ordered
	 */
	protected static final RetentionPeriod NEW_RETENTION_EDEFAULT = RetentionPeriod.PERMANENT;

	/**
	 * The cached value of the '{@link #getNewRetention() <em>New Retention</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewRetention()
	 * @generated
	 * @ordered
	 */
	protected RetentionPeriod newRetention = NEW_RETENTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAppraisers() <em>Appraisers</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAppraisers()
	 * @generated
	 * @ordered
	 */
	protected EList<String> appraisers;

	/**
	 * The default value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected static final String REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected String reason = REASON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AppraisalImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OfficeBenchPackage.Literals.APPRAISAL;
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
			eNotify(new ENotificationImpl(this, Notification.SET, OfficeBenchPackage.APPRAISAL__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AppraisalDecision getDecision() {
		return decision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecision(AppraisalDecision newDecision) {
		AppraisalDecision oldDecision = decision;
		decision = newDecision == null ? DECISION_EDEFAULT : newDecision;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OfficeBenchPackage.APPRAISAL__DECISION, oldDecision, decision));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RetentionPeriod getNewRetention() {
		return newRetention;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNewRetention(RetentionPeriod newNewRetention) {
		RetentionPeriod oldNewRetention = newRetention;
		newRetention = newNewRetention == null ? NEW_RETENTION_EDEFAULT : newNewRetention;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OfficeBenchPackage.APPRAISAL__NEW_RETENTION, oldNewRetention, newRetention));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAppraisers() {
		if (appraisers == null) {
			appraisers = new EDataTypeUniqueEList<String>(String.class, this, OfficeBenchPackage.APPRAISAL__APPRAISERS);
		}
		return appraisers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReason() {
		return reason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReason(String newReason) {
		String oldReason = reason;
		reason = newReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OfficeBenchPackage.APPRAISAL__REASON, oldReason, reason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case OfficeBenchPackage.APPRAISAL__DATE:
				return getDate();
			case OfficeBenchPackage.APPRAISAL__DECISION:
				return getDecision();
			case OfficeBenchPackage.APPRAISAL__NEW_RETENTION:
				return getNewRetention();
			case OfficeBenchPackage.APPRAISAL__APPRAISERS:
				return getAppraisers();
			case OfficeBenchPackage.APPRAISAL__REASON:
				return getReason();
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
			case OfficeBenchPackage.APPRAISAL__DATE:
				setDate((Date)newValue);
				return;
			case OfficeBenchPackage.APPRAISAL__DECISION:
				setDecision((AppraisalDecision)newValue);
				return;
			case OfficeBenchPackage.APPRAISAL__NEW_RETENTION:
				setNewRetention((RetentionPeriod)newValue);
				return;
			case OfficeBenchPackage.APPRAISAL__APPRAISERS:
				getAppraisers().clear();
				getAppraisers().addAll((Collection<? extends String>)newValue);
				return;
			case OfficeBenchPackage.APPRAISAL__REASON:
				setReason((String)newValue);
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
			case OfficeBenchPackage.APPRAISAL__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case OfficeBenchPackage.APPRAISAL__DECISION:
				setDecision(DECISION_EDEFAULT);
				return;
			case OfficeBenchPackage.APPRAISAL__NEW_RETENTION:
				setNewRetention(NEW_RETENTION_EDEFAULT);
				return;
			case OfficeBenchPackage.APPRAISAL__APPRAISERS:
				getAppraisers().clear();
				return;
			case OfficeBenchPackage.APPRAISAL__REASON:
				setReason(REASON_EDEFAULT);
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
			case OfficeBenchPackage.APPRAISAL__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case OfficeBenchPackage.APPRAISAL__DECISION:
				return decision != DECISION_EDEFAULT;
			case OfficeBenchPackage.APPRAISAL__NEW_RETENTION:
				return newRetention != NEW_RETENTION_EDEFAULT;
			case OfficeBenchPackage.APPRAISAL__APPRAISERS:
				return appraisers != null && !appraisers.isEmpty();
			case OfficeBenchPackage.APPRAISAL__REASON:
				return REASON_EDEFAULT == null ? reason != null : !REASON_EDEFAULT.equals(reason);
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
		result.append(" (date: "); //$NON-NLS-1$
		result.append(date);
		result.append(", decision: "); //$NON-NLS-1$
		result.append(decision);
		result.append(", newRetention: "); //$NON-NLS-1$
		result.append(newRetention);
		result.append(", appraisers: "); //$NON-NLS-1$
		result.append(appraisers);
		result.append(", reason: "); //$NON-NLS-1$
		result.append(reason);
		result.append(')');
		return result.toString();
	}

} //AppraisalImpl
