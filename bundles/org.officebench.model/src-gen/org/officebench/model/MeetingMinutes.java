/**
 */
package org.officebench.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Meeting Minutes</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 会议纪要: one meeting, its attendees, agenda, decisions and the tracked action items (督办事项).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.officebench.model.MeetingMinutes#getMeetingType <em>Meeting Type</em>}</li>
 *   <li>{@link org.officebench.model.MeetingMinutes#getMeetingDate <em>Meeting Date</em>}</li>
 *   <li>{@link org.officebench.model.MeetingMinutes#getLocation <em>Location</em>}</li>
 *   <li>{@link org.officebench.model.MeetingMinutes#getChair <em>Chair</em>}</li>
 *   <li>{@link org.officebench.model.MeetingMinutes#getRecorder <em>Recorder</em>}</li>
 *   <li>{@link org.officebench.model.MeetingMinutes#getAttendees <em>Attendees</em>}</li>
 *   <li>{@link org.officebench.model.MeetingMinutes#getAgendaItems <em>Agenda Items</em>}</li>
 *   <li>{@link org.officebench.model.MeetingMinutes#getDecisions <em>Decisions</em>}</li>
 *   <li>{@link org.officebench.model.MeetingMinutes#getActionItems <em>Action Items</em>}</li>
 * </ul>
 *
 * @see org.officebench.model.OfficeBenchPackage#getMeetingMinutes()
 * @model
 * @generated
 */
public interface MeetingMinutes extends Document {
	/**
	 * Returns the value of the '<em><b>Meeting Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Meeting Type</em>' attribute.
	 * @see #setMeetingType(String)
	 * @see org.officebench.model.OfficeBenchPackage#getMeetingMinutes_MeetingType()
	 * @model
	 * @generated
	 */
	String getMeetingType();

	/**
	 * Sets the value of the '{@link org.officebench.model.MeetingMinutes#getMeetingType <em>Meeting Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Meeting Type</em>' attribute.
	 * @see #getMeetingType()
	 * @generated
	 */
	void setMeetingType(String value);

	/**
	 * Returns the value of the '<em><b>Meeting Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Meeting Date</em>' attribute.
	 * @see #setMeetingDate(Date)
	 * @see org.officebench.model.OfficeBenchPackage#getMeetingMinutes_MeetingDate()
	 * @model
	 * @generated
	 */
	Date getMeetingDate();

	/**
	 * Sets the value of the '{@link org.officebench.model.MeetingMinutes#getMeetingDate <em>Meeting Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Meeting Date</em>' attribute.
	 * @see #getMeetingDate()
	 * @generated
	 */
	void setMeetingDate(Date value);

	/**
	 * Returns the value of the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Location</em>' attribute.
	 * @see #setLocation(String)
	 * @see org.officebench.model.OfficeBenchPackage#getMeetingMinutes_Location()
	 * @model
	 * @generated
	 */
	String getLocation();

	/**
	 * Sets the value of the '{@link org.officebench.model.MeetingMinutes#getLocation <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Location</em>' attribute.
	 * @see #getLocation()
	 * @generated
	 */
	void setLocation(String value);

	/**
	 * Returns the value of the '<em><b>Chair</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Chair</em>' attribute.
	 * @see #setChair(String)
	 * @see org.officebench.model.OfficeBenchPackage#getMeetingMinutes_Chair()
	 * @model
	 * @generated
	 */
	String getChair();

	/**
	 * Sets the value of the '{@link org.officebench.model.MeetingMinutes#getChair <em>Chair</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Chair</em>' attribute.
	 * @see #getChair()
	 * @generated
	 */
	void setChair(String value);

	/**
	 * Returns the value of the '<em><b>Recorder</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Recorder</em>' attribute.
	 * @see #setRecorder(String)
	 * @see org.officebench.model.OfficeBenchPackage#getMeetingMinutes_Recorder()
	 * @model
	 * @generated
	 */
	String getRecorder();

	/**
	 * Sets the value of the '{@link org.officebench.model.MeetingMinutes#getRecorder <em>Recorder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recorder</em>' attribute.
	 * @see #getRecorder()
	 * @generated
	 */
	void setRecorder(String value);

	/**
	 * Returns the value of the '<em><b>Attendees</b></em>' containment reference list.
	 * The list contents are of type {@link org.officebench.model.Attendee}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attendees</em>' containment reference list.
	 * @see org.officebench.model.OfficeBenchPackage#getMeetingMinutes_Attendees()
	 * @model containment="true"
	 * @generated
	 */
	EList<Attendee> getAttendees();

	/**
	 * Returns the value of the '<em><b>Agenda Items</b></em>' containment reference list.
	 * The list contents are of type {@link org.officebench.model.AgendaItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Agenda Items</em>' containment reference list.
	 * @see org.officebench.model.OfficeBenchPackage#getMeetingMinutes_AgendaItems()
	 * @model containment="true"
	 * @generated
	 */
	EList<AgendaItem> getAgendaItems();

	/**
	 * Returns the value of the '<em><b>Decisions</b></em>' containment reference list.
	 * The list contents are of type {@link org.officebench.model.Decision}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decisions</em>' containment reference list.
	 * @see org.officebench.model.OfficeBenchPackage#getMeetingMinutes_Decisions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Decision> getDecisions();

	/**
	 * Returns the value of the '<em><b>Action Items</b></em>' containment reference list.
	 * The list contents are of type {@link org.officebench.model.ActionItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Action Items</em>' containment reference list.
	 * @see org.officebench.model.OfficeBenchPackage#getMeetingMinutes_ActionItems()
	 * @model containment="true"
	 * @generated
	 */
	EList<ActionItem> getActionItems();

} // MeetingMinutes
