/**
 */
package org.officebench.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.officebench.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class OfficeBenchFactoryImpl extends EFactoryImpl implements OfficeBenchFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static OfficeBenchFactory init() {
		try {
			OfficeBenchFactory theOfficeBenchFactory = (OfficeBenchFactory)EPackage.Registry.INSTANCE.getEFactory(OfficeBenchPackage.eNS_URI);
			if (theOfficeBenchFactory != null) {
				return theOfficeBenchFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new OfficeBenchFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OfficeBenchFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case OfficeBenchPackage.STORED_FILE: return createStoredFile();
			case OfficeBenchPackage.POLICY_DOCUMENT: return createPolicyDocument();
			case OfficeBenchPackage.CHAPTER: return createChapter();
			case OfficeBenchPackage.ARTICLE: return createArticle();
			case OfficeBenchPackage.FLOWCHART: return createFlowchart();
			case OfficeBenchPackage.LANE: return createLane();
			case OfficeBenchPackage.STEP: return createStep();
			case OfficeBenchPackage.RISK_POINT: return createRiskPoint();
			case OfficeBenchPackage.LINK: return createLink();
			case OfficeBenchPackage.MEETING_MINUTES: return createMeetingMinutes();
			case OfficeBenchPackage.ATTENDEE: return createAttendee();
			case OfficeBenchPackage.AGENDA_ITEM: return createAgendaItem();
			case OfficeBenchPackage.DECISION: return createDecision();
			case OfficeBenchPackage.ACTION_ITEM: return createActionItem();
			case OfficeBenchPackage.FOLLOW_UP: return createFollowUp();
			case OfficeBenchPackage.ARCHIVE_CATALOGUE: return createArchiveCatalogue();
			case OfficeBenchPackage.ORGANIZATION: return createOrganization();
			case OfficeBenchPackage.RETENTION_RULE: return createRetentionRule();
			case OfficeBenchPackage.NUMBER_COUNTER: return createNumberCounter();
			case OfficeBenchPackage.VACATED_NUMBER: return createVacatedNumber();
			case OfficeBenchPackage.APPRAISAL: return createAppraisal();
			case OfficeBenchPackage.LOAN: return createLoan();
			case OfficeBenchPackage.DESTRUCTION_REGISTER: return createDestructionRegister();
			case OfficeBenchPackage.ARCHIVE_ITEM: return createArchiveItem();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case OfficeBenchPackage.DOCUMENT_STATUS:
				return createDocumentStatusFromString(eDataType, initialValue);
			case OfficeBenchPackage.RETENTION_PERIOD:
				return createRetentionPeriodFromString(eDataType, initialValue);
			case OfficeBenchPackage.SECURITY_LEVEL:
				return createSecurityLevelFromString(eDataType, initialValue);
			case OfficeBenchPackage.RISK_LEVEL:
				return createRiskLevelFromString(eDataType, initialValue);
			case OfficeBenchPackage.STEP_KIND:
				return createStepKindFromString(eDataType, initialValue);
			case OfficeBenchPackage.ATTENDANCE:
				return createAttendanceFromString(eDataType, initialValue);
			case OfficeBenchPackage.ACTION_STATUS:
				return createActionStatusFromString(eDataType, initialValue);
			case OfficeBenchPackage.CLASSIFICATION_ORDER:
				return createClassificationOrderFromString(eDataType, initialValue);
			case OfficeBenchPackage.APPRAISAL_DECISION:
				return createAppraisalDecisionFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case OfficeBenchPackage.DOCUMENT_STATUS:
				return convertDocumentStatusToString(eDataType, instanceValue);
			case OfficeBenchPackage.RETENTION_PERIOD:
				return convertRetentionPeriodToString(eDataType, instanceValue);
			case OfficeBenchPackage.SECURITY_LEVEL:
				return convertSecurityLevelToString(eDataType, instanceValue);
			case OfficeBenchPackage.RISK_LEVEL:
				return convertRiskLevelToString(eDataType, instanceValue);
			case OfficeBenchPackage.STEP_KIND:
				return convertStepKindToString(eDataType, instanceValue);
			case OfficeBenchPackage.ATTENDANCE:
				return convertAttendanceToString(eDataType, instanceValue);
			case OfficeBenchPackage.ACTION_STATUS:
				return convertActionStatusToString(eDataType, instanceValue);
			case OfficeBenchPackage.CLASSIFICATION_ORDER:
				return convertClassificationOrderToString(eDataType, instanceValue);
			case OfficeBenchPackage.APPRAISAL_DECISION:
				return convertAppraisalDecisionToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StoredFile createStoredFile() {
		StoredFileImpl storedFile = new StoredFileImpl();
		return storedFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PolicyDocument createPolicyDocument() {
		PolicyDocumentImpl policyDocument = new PolicyDocumentImpl();
		return policyDocument;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Chapter createChapter() {
		ChapterImpl chapter = new ChapterImpl();
		return chapter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Article createArticle() {
		ArticleImpl article = new ArticleImpl();
		return article;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Flowchart createFlowchart() {
		FlowchartImpl flowchart = new FlowchartImpl();
		return flowchart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Lane createLane() {
		LaneImpl lane = new LaneImpl();
		return lane;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Step createStep() {
		StepImpl step = new StepImpl();
		return step;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RiskPoint createRiskPoint() {
		RiskPointImpl riskPoint = new RiskPointImpl();
		return riskPoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Link createLink() {
		LinkImpl link = new LinkImpl();
		return link;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MeetingMinutes createMeetingMinutes() {
		MeetingMinutesImpl meetingMinutes = new MeetingMinutesImpl();
		return meetingMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Attendee createAttendee() {
		AttendeeImpl attendee = new AttendeeImpl();
		return attendee;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AgendaItem createAgendaItem() {
		AgendaItemImpl agendaItem = new AgendaItemImpl();
		return agendaItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Decision createDecision() {
		DecisionImpl decision = new DecisionImpl();
		return decision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ActionItem createActionItem() {
		ActionItemImpl actionItem = new ActionItemImpl();
		return actionItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FollowUp createFollowUp() {
		FollowUpImpl followUp = new FollowUpImpl();
		return followUp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ArchiveCatalogue createArchiveCatalogue() {
		ArchiveCatalogueImpl archiveCatalogue = new ArchiveCatalogueImpl();
		return archiveCatalogue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organization createOrganization() {
		OrganizationImpl organization = new OrganizationImpl();
		return organization;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RetentionRule createRetentionRule() {
		RetentionRuleImpl retentionRule = new RetentionRuleImpl();
		return retentionRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NumberCounter createNumberCounter() {
		NumberCounterImpl numberCounter = new NumberCounterImpl();
		return numberCounter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VacatedNumber createVacatedNumber() {
		VacatedNumberImpl vacatedNumber = new VacatedNumberImpl();
		return vacatedNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Appraisal createAppraisal() {
		AppraisalImpl appraisal = new AppraisalImpl();
		return appraisal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Loan createLoan() {
		LoanImpl loan = new LoanImpl();
		return loan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DestructionRegister createDestructionRegister() {
		DestructionRegisterImpl destructionRegister = new DestructionRegisterImpl();
		return destructionRegister;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ArchiveItem createArchiveItem() {
		ArchiveItemImpl archiveItem = new ArchiveItemImpl();
		return archiveItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DocumentStatus createDocumentStatusFromString(EDataType eDataType, String initialValue) {
		DocumentStatus result = DocumentStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDocumentStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RetentionPeriod createRetentionPeriodFromString(EDataType eDataType, String initialValue) {
		RetentionPeriod result = RetentionPeriod.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRetentionPeriodToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SecurityLevel createSecurityLevelFromString(EDataType eDataType, String initialValue) {
		SecurityLevel result = SecurityLevel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSecurityLevelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RiskLevel createRiskLevelFromString(EDataType eDataType, String initialValue) {
		RiskLevel result = RiskLevel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRiskLevelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StepKind createStepKindFromString(EDataType eDataType, String initialValue) {
		StepKind result = StepKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertStepKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Attendance createAttendanceFromString(EDataType eDataType, String initialValue) {
		Attendance result = Attendance.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAttendanceToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ActionStatus createActionStatusFromString(EDataType eDataType, String initialValue) {
		ActionStatus result = ActionStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertActionStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ClassificationOrder createClassificationOrderFromString(EDataType eDataType, String initialValue) {
		ClassificationOrder result = ClassificationOrder.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertClassificationOrderToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AppraisalDecision createAppraisalDecisionFromString(EDataType eDataType, String initialValue) {
		AppraisalDecision result = AppraisalDecision.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAppraisalDecisionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OfficeBenchPackage getOfficeBenchPackage() {
		return (OfficeBenchPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static OfficeBenchPackage getPackage() {
		return OfficeBenchPackage.eINSTANCE;
	}

} //OfficeBenchFactoryImpl
