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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.officebench.model.ActionItem;
import org.officebench.model.AgendaItem;
import org.officebench.model.Attendee;
import org.officebench.model.Decision;
import org.officebench.model.MeetingMinutes;
import org.officebench.model.OfficeBenchPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Meeting Minutes</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.officebench.model.impl.MeetingMinutesImpl#getMeetingType <em>Meeting Type</em>}</li>
 *   <li>{@link org.officebench.model.impl.MeetingMinutesImpl#getMeetingDate <em>Meeting Date</em>}</li>
 *   <li>{@link org.officebench.model.impl.MeetingMinutesImpl#getLocation <em>Location</em>}</li>
 *   <li>{@link org.officebench.model.impl.MeetingMinutesImpl#getChair <em>Chair</em>}</li>
 *   <li>{@link org.officebench.model.impl.MeetingMinutesImpl#getRecorder <em>Recorder</em>}</li>
 *   <li>{@link org.officebench.model.impl.MeetingMinutesImpl#getAttendees <em>Attendees</em>}</li>
 *   <li>{@link org.officebench.model.impl.MeetingMinutesImpl#getAgendaItems <em>Agenda Items</em>}</li>
 *   <li>{@link org.officebench.model.impl.MeetingMinutesImpl#getDecisions <em>Decisions</em>}</li>
 *   <li>{@link org.officebench.model.impl.MeetingMinutesImpl#getActionItems <em>Action Items</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MeetingMinutesImpl extends DocumentImpl implements MeetingMinutes {
	/**
	 * The default value of the '{@link #getMeetingType() <em>Meeting Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeetingType()
	 * @generated
	 * @ordered
	 */
	protected static final String MEETING_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMeetingType() <em>Meeting Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeetingType()
	 * @generated
	 * @ordered
	 */
	protected String meetingType = MEETING_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMeetingDate() <em>Meeting Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeetingDate()
	 * @generated
	 * @ordered
	 */
	protected static final Date MEETING_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMeetingDate() <em>Meeting Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeetingDate()
	 * @generated
	 * @ordered
	 */
	protected Date meetingDate = MEETING_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected static final String LOCATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected String location = LOCATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getChair() <em>Chair</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChair()
	 * @generated
	 * @ordered
	 */
	protected static final String CHAIR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getChair() <em>Chair</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChair()
	 * @generated
	 * @ordered
	 */
	protected String chair = CHAIR_EDEFAULT;

	/**
	 * The default value of the '{@link #getRecorder() <em>Recorder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecorder()
	 * @generated
	 * @ordered
	 */
	protected static final String RECORDER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRecorder() <em>Recorder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecorder()
	 * @generated
	 * @ordered
	 */
	protected String recorder = RECORDER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAttendees() <em>Attendees</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttendees()
	 * @generated
	 * @ordered
	 */
	protected EList<Attendee> attendees;

	/**
	 * The cached value of the '{@link #getAgendaItems() <em>Agenda Items</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgendaItems()
	 * @generated
	 * @ordered
	 */
	protected EList<AgendaItem> agendaItems;

	/**
	 * The cached value of the '{@link #getDecisions() <em>Decisions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecisions()
	 * @generated
	 * @ordered
	 */
	protected EList<Decision> decisions;

	/**
	 * The cached value of the '{@link #getActionItems() <em>Action Items</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActionItems()
	 * @generated
	 * @ordered
	 */
	protected EList<ActionItem> actionItems;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MeetingMinutesImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OfficeBenchPackage.Literals.MEETING_MINUTES;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMeetingType() {
		return meetingType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeetingType(String newMeetingType) {
		String oldMeetingType = meetingType;
		meetingType = newMeetingType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OfficeBenchPackage.MEETING_MINUTES__MEETING_TYPE, oldMeetingType, meetingType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getMeetingDate() {
		return meetingDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeetingDate(Date newMeetingDate) {
		Date oldMeetingDate = meetingDate;
		meetingDate = newMeetingDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OfficeBenchPackage.MEETING_MINUTES__MEETING_DATE, oldMeetingDate, meetingDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLocation() {
		return location;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocation(String newLocation) {
		String oldLocation = location;
		location = newLocation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OfficeBenchPackage.MEETING_MINUTES__LOCATION, oldLocation, location));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getChair() {
		return chair;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChair(String newChair) {
		String oldChair = chair;
		chair = newChair;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OfficeBenchPackage.MEETING_MINUTES__CHAIR, oldChair, chair));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRecorder() {
		return recorder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecorder(String newRecorder) {
		String oldRecorder = recorder;
		recorder = newRecorder;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OfficeBenchPackage.MEETING_MINUTES__RECORDER, oldRecorder, recorder));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Attendee> getAttendees() {
		if (attendees == null) {
			attendees = new EObjectContainmentEList<Attendee>(Attendee.class, this, OfficeBenchPackage.MEETING_MINUTES__ATTENDEES);
		}
		return attendees;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AgendaItem> getAgendaItems() {
		if (agendaItems == null) {
			agendaItems = new EObjectContainmentEList<AgendaItem>(AgendaItem.class, this, OfficeBenchPackage.MEETING_MINUTES__AGENDA_ITEMS);
		}
		return agendaItems;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Decision> getDecisions() {
		if (decisions == null) {
			decisions = new EObjectContainmentEList<Decision>(Decision.class, this, OfficeBenchPackage.MEETING_MINUTES__DECISIONS);
		}
		return decisions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ActionItem> getActionItems() {
		if (actionItems == null) {
			actionItems = new EObjectContainmentEList<ActionItem>(ActionItem.class, this, OfficeBenchPackage.MEETING_MINUTES__ACTION_ITEMS);
		}
		return actionItems;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case OfficeBenchPackage.MEETING_MINUTES__ATTENDEES:
				return ((InternalEList<?>)getAttendees()).basicRemove(otherEnd, msgs);
			case OfficeBenchPackage.MEETING_MINUTES__AGENDA_ITEMS:
				return ((InternalEList<?>)getAgendaItems()).basicRemove(otherEnd, msgs);
			case OfficeBenchPackage.MEETING_MINUTES__DECISIONS:
				return ((InternalEList<?>)getDecisions()).basicRemove(otherEnd, msgs);
			case OfficeBenchPackage.MEETING_MINUTES__ACTION_ITEMS:
				return ((InternalEList<?>)getActionItems()).basicRemove(otherEnd, msgs);
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
			case OfficeBenchPackage.MEETING_MINUTES__MEETING_TYPE:
				return getMeetingType();
			case OfficeBenchPackage.MEETING_MINUTES__MEETING_DATE:
				return getMeetingDate();
			case OfficeBenchPackage.MEETING_MINUTES__LOCATION:
				return getLocation();
			case OfficeBenchPackage.MEETING_MINUTES__CHAIR:
				return getChair();
			case OfficeBenchPackage.MEETING_MINUTES__RECORDER:
				return getRecorder();
			case OfficeBenchPackage.MEETING_MINUTES__ATTENDEES:
				return getAttendees();
			case OfficeBenchPackage.MEETING_MINUTES__AGENDA_ITEMS:
				return getAgendaItems();
			case OfficeBenchPackage.MEETING_MINUTES__DECISIONS:
				return getDecisions();
			case OfficeBenchPackage.MEETING_MINUTES__ACTION_ITEMS:
				return getActionItems();
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
			case OfficeBenchPackage.MEETING_MINUTES__MEETING_TYPE:
				setMeetingType((String)newValue);
				return;
			case OfficeBenchPackage.MEETING_MINUTES__MEETING_DATE:
				setMeetingDate((Date)newValue);
				return;
			case OfficeBenchPackage.MEETING_MINUTES__LOCATION:
				setLocation((String)newValue);
				return;
			case OfficeBenchPackage.MEETING_MINUTES__CHAIR:
				setChair((String)newValue);
				return;
			case OfficeBenchPackage.MEETING_MINUTES__RECORDER:
				setRecorder((String)newValue);
				return;
			case OfficeBenchPackage.MEETING_MINUTES__ATTENDEES:
				getAttendees().clear();
				getAttendees().addAll((Collection<? extends Attendee>)newValue);
				return;
			case OfficeBenchPackage.MEETING_MINUTES__AGENDA_ITEMS:
				getAgendaItems().clear();
				getAgendaItems().addAll((Collection<? extends AgendaItem>)newValue);
				return;
			case OfficeBenchPackage.MEETING_MINUTES__DECISIONS:
				getDecisions().clear();
				getDecisions().addAll((Collection<? extends Decision>)newValue);
				return;
			case OfficeBenchPackage.MEETING_MINUTES__ACTION_ITEMS:
				getActionItems().clear();
				getActionItems().addAll((Collection<? extends ActionItem>)newValue);
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
			case OfficeBenchPackage.MEETING_MINUTES__MEETING_TYPE:
				setMeetingType(MEETING_TYPE_EDEFAULT);
				return;
			case OfficeBenchPackage.MEETING_MINUTES__MEETING_DATE:
				setMeetingDate(MEETING_DATE_EDEFAULT);
				return;
			case OfficeBenchPackage.MEETING_MINUTES__LOCATION:
				setLocation(LOCATION_EDEFAULT);
				return;
			case OfficeBenchPackage.MEETING_MINUTES__CHAIR:
				setChair(CHAIR_EDEFAULT);
				return;
			case OfficeBenchPackage.MEETING_MINUTES__RECORDER:
				setRecorder(RECORDER_EDEFAULT);
				return;
			case OfficeBenchPackage.MEETING_MINUTES__ATTENDEES:
				getAttendees().clear();
				return;
			case OfficeBenchPackage.MEETING_MINUTES__AGENDA_ITEMS:
				getAgendaItems().clear();
				return;
			case OfficeBenchPackage.MEETING_MINUTES__DECISIONS:
				getDecisions().clear();
				return;
			case OfficeBenchPackage.MEETING_MINUTES__ACTION_ITEMS:
				getActionItems().clear();
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
			case OfficeBenchPackage.MEETING_MINUTES__MEETING_TYPE:
				return MEETING_TYPE_EDEFAULT == null ? meetingType != null : !MEETING_TYPE_EDEFAULT.equals(meetingType);
			case OfficeBenchPackage.MEETING_MINUTES__MEETING_DATE:
				return MEETING_DATE_EDEFAULT == null ? meetingDate != null : !MEETING_DATE_EDEFAULT.equals(meetingDate);
			case OfficeBenchPackage.MEETING_MINUTES__LOCATION:
				return LOCATION_EDEFAULT == null ? location != null : !LOCATION_EDEFAULT.equals(location);
			case OfficeBenchPackage.MEETING_MINUTES__CHAIR:
				return CHAIR_EDEFAULT == null ? chair != null : !CHAIR_EDEFAULT.equals(chair);
			case OfficeBenchPackage.MEETING_MINUTES__RECORDER:
				return RECORDER_EDEFAULT == null ? recorder != null : !RECORDER_EDEFAULT.equals(recorder);
			case OfficeBenchPackage.MEETING_MINUTES__ATTENDEES:
				return attendees != null && !attendees.isEmpty();
			case OfficeBenchPackage.MEETING_MINUTES__AGENDA_ITEMS:
				return agendaItems != null && !agendaItems.isEmpty();
			case OfficeBenchPackage.MEETING_MINUTES__DECISIONS:
				return decisions != null && !decisions.isEmpty();
			case OfficeBenchPackage.MEETING_MINUTES__ACTION_ITEMS:
				return actionItems != null && !actionItems.isEmpty();
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
		result.append(" (meetingType: "); //$NON-NLS-1$
		result.append(meetingType);
		result.append(", meetingDate: "); //$NON-NLS-1$
		result.append(meetingDate);
		result.append(", location: "); //$NON-NLS-1$
		result.append(location);
		result.append(", chair: "); //$NON-NLS-1$
		result.append(chair);
		result.append(", recorder: "); //$NON-NLS-1$
		result.append(recorder);
		result.append(')');
		return result.toString();
	}

} //MeetingMinutesImpl
