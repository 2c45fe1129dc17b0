package org.officebench.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;

/** Each kind of document, filled in, written as XMI and read back equal, cross references included. */
class ModelRoundTripTest {

	private static final OfficeBenchFactory F = OfficeBenchFactory.eINSTANCE;

	private static EObject roundTrip(EObject root) throws Exception {
		ResourceSet set = new ResourceSetImpl();
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
		Resource out = set.createResource(URI.createURI("memory:/doc.xmi"));
		out.getContents().add(root);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		out.save(bytes, Map.of());
		String xml = bytes.toString(StandardCharsets.UTF_8);
		assertTrue(xml.contains(OfficeBenchPackage.eNS_URI), xml);
		Resource in = new ResourceSetImpl().createResource(URI.createURI("memory:/doc.xmi"));
		in.load(new ByteArrayInputStream(bytes.toByteArray()), Map.of());
		return in.getContents().get(0);
	}

	private static <T extends Document> T base(T d, String title) {
		d.setId(EcoreUtil.generateUUID());
		d.setTitle(title);
		d.setDocumentNumber("营运〔2025〕12号");
		d.setStatus(DocumentStatus.IN_REVIEW);
		d.setAuthor("起草人");
		d.setOwner("负责人");
		d.setCreated(new Date(1_700_000_000_000L));
		d.setModified(new Date(1_700_000_100_000L));
		d.getTags().add("运营基本制度");
		d.setModelVersion(ModelVersion.CURRENT);
		StoredFile file = F.createStoredFile();
		file.setFileName("附件.pdf");
		file.setSha256("0".repeat(64));
		file.setSize(1234);
		d.getAttachments().add(file);
		return d;
	}

	@Test
	void policyWithChaptersAndArticles() throws Exception {
		PolicyDocument p = base(F.createPolicyDocument(), "金库管理办法");
		p.setVersion("2025版");
		Chapter c = F.createChapter();
		c.setTitle("总则");
		Article a = F.createArticle();
		a.setText("第一条 为加强金库管理,制定本办法。");
		c.getArticles().add(a);
		p.getChapters().add(c);
		EObject copy = EcoreUtil.copy(p);
		PolicyDocument back = (PolicyDocument) roundTrip(p);
		assertTrue(EcoreUtil.equals(copy, back));
		assertEquals("第一条 为加强金库管理,制定本办法。", back.getChapters().get(0).getArticles().get(0).getText());
	}

	@Test
	void flowchartKeepsItsLinksBetweenSteps() throws Exception {
		Flowchart f = base(F.createFlowchart(), "物资领用流程");
		Lane lane = F.createLane();
		lane.setId("lane-1");
		lane.setName("仓管员");
		f.getLanes().add(lane);
		Step a = F.createStep();
		a.setId("s1");
		a.setName("申请");
		a.setLane(lane);
		Step b = F.createStep();
		b.setId("s2");
		b.setName("审批");
		b.setKind(StepKind.DECISION);
		RiskPoint r = F.createRiskPoint();
		r.setLevel(RiskLevel.HIGH);
		r.setDescription("越权审批");
		r.setControl("按授权表审批");
		b.getRisks().add(r);
		f.getSteps().add(a);
		f.getSteps().add(b);
		Link l = F.createLink();
		l.setSource(a);
		l.setTarget(b);
		f.getLinks().add(l);
		EObject copy = EcoreUtil.copy(f);
		Flowchart back = (Flowchart) roundTrip(f);
		assertTrue(EcoreUtil.equals(copy, back));
		assertSame(back.getSteps().get(1), back.getLinks().get(0).getTarget());
		assertSame(back.getLanes().get(0), back.getSteps().get(0).getLane());
		assertEquals(RiskLevel.HIGH, back.getSteps().get(1).getRisks().get(0).getLevel());
	}

	@Test
	void minutesWithDecisionsAndTrackedActions() throws Exception {
		MeetingMinutes m = base(F.createMeetingMinutes(), "月度经营分析会纪要");
		Attendee who = F.createAttendee();
		who.setName("李经理");
		who.setAttendance(Attendance.EXCUSED);
		m.getAttendees().add(who);
		AgendaItem item = F.createAgendaItem();
		item.setTitle("门店分级管理");
		m.getAgendaItems().add(item);
		Decision d = F.createDecision();
		d.setText("九月底前出方案");
		d.setAgendaItem(item);
		m.getDecisions().add(d);
		ActionItem act = F.createActionItem();
		act.setId("a1");
		act.setTask("门店分级方案");
		act.setDecision(d);
		act.setStatus(ActionStatus.IN_PROGRESS);
		FollowUp up = F.createFollowUp();
		up.setProgress("已完成初稿");
		act.getFollowUps().add(up);
		m.getActionItems().add(act);
		EObject copy = EcoreUtil.copy(m);
		MeetingMinutes back = (MeetingMinutes) roundTrip(m);
		assertTrue(EcoreUtil.equals(copy, back));
		assertSame(back.getDecisions().get(0), back.getActionItems().get(0).getDecision());
	}

	@Test
	void archiveCatalogueWithItems() throws Exception {
		ArchiveCatalogue c = base(F.createArchiveCatalogue(), "文书档案");
		c.setFondsCode("Z109");
		assertEquals("{fonds}-{category}·{year}-{retention}-{org}-{item}", c.getArchivalCodePattern(), "DA/T 22 pattern by default");
		assertEquals("WS", c.getCategoryCode());
		ArchiveItem item = F.createArchiveItem();
		item.setArchivalCode("Z109-WS·2011-Y-BGS-0001");
		item.setItemNumber(1);
		item.setRetention(RetentionPeriod.YEARS_30);
		item.setSecurityLevel(SecurityLevel.SECRET);
		c.getItems().add(item);
		for (String[] row : new String[][] { { "合同、协议", "合同、协议", "D30" }, { "规章制度", "制度、年度+办法", "Y" } }) {
			RetentionRule rule = F.createRetentionRule();
			rule.setKind(row[0]);
			rule.setKeywords(row[1]);
			rule.setRetention(RetentionPeriod.get(row[2]));
			c.getRetentionRules().add(rule);
		}
		EObject copy = EcoreUtil.copy(c);
		ArchiveCatalogue back = (ArchiveCatalogue) roundTrip(c);
		assertTrue(EcoreUtil.equals(copy, back));
		assertEquals("D30", back.getItems().get(0).getRetention().getLiteral());
		assertEquals(2, back.getRetentionRules().size());
		assertEquals("制度、年度+办法", back.getRetentionRules().get(1).getKeywords());
		assertEquals(RetentionPeriod.PERMANENT, back.getRetentionRules().get(1).getRetention());
	}

	@Test
	void aDocumentWithoutIdIsInvalid() {
		PolicyDocument p = F.createPolicyDocument();
		assertFalse(Diagnostician.INSTANCE.validate(p).getSeverity() == 0, "id is required");
		p.setId("x");
		assertEquals(0, Diagnostician.INSTANCE.validate(p).getSeverity());
	}
}
