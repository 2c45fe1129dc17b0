package org.officebench.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.officebench.core.ContentStore;
import org.officebench.core.archive.ArchivalCodeTemplate;
import org.officebench.core.archive.ArchiveClass;
import org.officebench.core.archive.RetentionRules;
import org.officebench.model.ActionItem;
import org.officebench.model.ActionStatus;
import org.officebench.model.AgendaItem;
import org.officebench.model.ArchiveCatalogue;
import org.officebench.model.ArchiveItem;
import org.officebench.model.Article;
import org.officebench.model.Attendance;
import org.officebench.model.Attendee;
import org.officebench.model.Chapter;
import org.officebench.model.Decision;
import org.officebench.model.Document;
import org.officebench.model.DocumentStatus;
import org.officebench.model.Flowchart;
import org.officebench.model.Lane;
import org.officebench.model.Link;
import org.officebench.model.MeetingMinutes;
import org.officebench.model.ModelVersion;
import org.officebench.model.NumberCounter;
import org.officebench.model.OfficeBenchFactory;
import org.officebench.model.Organization;
import org.officebench.model.PolicyDocument;
import org.officebench.model.RetentionPeriod;
import org.officebench.model.RiskLevel;
import org.officebench.model.RiskPoint;
import org.officebench.model.SecurityLevel;
import org.officebench.model.Step;
import org.officebench.model.StepKind;
import org.officebench.model.StoredFile;

/**
 * The documents a new repository starts with, so that a first-time user sees real office material: a policy
 * built from a department work guideline, meeting minutes and a flowchart drawn from a half-year summary, and
 * the five source texts filed into an archive catalogue. The texts ship in {@code samples/}.
 */
final class SampleContent {

	private static final OfficeBenchFactory F = OfficeBenchFactory.eINSTANCE;

	/** Sample file, title as filed, 责任者, date. */
	private static final String[][] SOURCES = {
			{ "half-year-summary.txt", "营运部上半年工作总结", "营运部", "2025-07-16" }, //$NON-NLS-1$
			{ "work-guideline-traditional.txt", "營運管理部工作指引", "營運管理部", "2025-03-02" }, //$NON-NLS-1$
			{ "annual-plans.txt", "运营年度工作计划汇总", "运营管理部", "2025-01-10" }, //$NON-NLS-1$
			{ "monthly-summaries.txt", "运营月度总结", "运营管理部", "2025-10-31" }, //$NON-NLS-1$
			{ "work-summaries.txt", "营运部工作总结汇编", "综合管理部", "2025-12-20" }, //$NON-NLS-1$
	};

	private SampleContent() {
	}

	static void addTo(FileRepository repository) throws IOException {
		repository.add(policy(repository.user(), text(SOURCES[1][0])));
		repository.add(minutes(repository.user()));
		repository.add(flowchart(repository.user()));
		repository.add(archive(repository));
	}

	private static PolicyDocument policy(String user, String guideline) {
		PolicyDocument policy = F.createPolicyDocument();
		base(policy, user, "營運管理部工作指引", "营运〔2025〕3号"); //$NON-NLS-1$ //$NON-NLS-2$
		policy.setStatus(DocumentStatus.PUBLISHED);
		policy.setVersion("2025版"); //$NON-NLS-1$
		policy.setDepartment("營運管理部"); //$NON-NLS-1$
		policy.getTags().add("工作指引"); //$NON-NLS-1$
		String[] chapterTitles = { "部門概述與職責", "營運規劃與策略制定", "流程管理與優化改進", "資源調配與協同合作機制建立", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				"績效考核與激勵機制設計", "客戶關系維護與服務質量提升舉措", "風險防范與應對策略準備" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		for (int i = 0; i < chapterTitles.length; i++) {
			String start = String.format("%02d%s", i + 1, chapterTitles[i]); //$NON-NLS-1$
			String end = i + 1 < chapterTitles.length ? String.format("%02d%s", i + 2, chapterTitles[i + 1]) : null; //$NON-NLS-1$
			int from = guideline.indexOf(start);
			if (from < 0) {
				continue;
			}
			int to = end == null ? -1 : guideline.indexOf(end, from);
			String body = guideline.substring(from + start.length(), to < 0 ? Math.min(guideline.length(), from + 1500) : to);
			Chapter chapter = F.createChapter();
			chapter.setTitle(chapterTitles[i]);
			for (String sentence : sentences(body, 5)) {
				Article article = F.createArticle();
				article.setText(sentence);
				chapter.getArticles().add(article);
			}
			policy.getChapters().add(chapter);
		}
		return policy;
	}

	private static MeetingMinutes minutes(String user) throws IOException {
		MeetingMinutes minutes = F.createMeetingMinutes();
		base(minutes, user, "营运部2025年第三季度高管例会纪要", "营运纪〔2025〕9号"); //$NON-NLS-1$ //$NON-NLS-2$
		minutes.setMeetingType("高管例会"); //$NON-NLS-1$
		minutes.setMeetingDate(date("2025-07-18")); //$NON-NLS-1$
		minutes.setLocation("三楼会议室"); //$NON-NLS-1$
		minutes.setChair("总经理"); //$NON-NLS-1$
		minutes.setRecorder("营运部"); //$NON-NLS-1$
		String[][] people = { { "总经理", "公司", "PRESENT" }, { "营运部经理", "营运部", "PRESENT" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				{ "财务部经理", "财务部", "PRESENT" }, { "综合管理部主管", "综合管理部", "IN_ATTENDANCE" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				{ "信息技术主管", "营运部", "EXCUSED" } }; //$NON-NLS-1$ //$NON-NLS-2$
		for (String[] p : people) {
			Attendee attendee = F.createAttendee();
			attendee.setName(p[0]);
			attendee.setDepartment(p[1]);
			attendee.setAttendance(Attendance.valueOf(p[2]));
			minutes.getAttendees().add(attendee);
		}
		// Agenda from the headings of the half-year summary; its plans become decisions and tracked items.
		String summary = text(SOURCES[0][0]);
		Matcher heading = Pattern.compile("(?m)^\\d、([^\\n]{2,20})$").matcher(summary); //$NON-NLS-1$
		int n = 0;
		while (heading.find() && n < 4) {
			AgendaItem item = F.createAgendaItem();
			item.setTitle(heading.group(1).trim());
			item.setPresenter("营运部经理"); //$NON-NLS-1$
			minutes.getAgendaItems().add(item);
			Decision decision = F.createDecision();
			decision.setText("下半年继续推进“" + item.getTitle() + "”,形成书面方案报高管例会审议。"); //$NON-NLS-1$ //$NON-NLS-2$
			decision.setAgendaItem(item);
			minutes.getDecisions().add(decision);
			ActionItem action = F.createActionItem();
			action.setId(UUID.randomUUID().toString());
			action.setTask(item.getTitle() + "方案"); //$NON-NLS-1$
			action.setStandard("方案经部门会签并报总经理审批"); //$NON-NLS-1$
			action.setOwner("营运部经理"); //$NON-NLS-1$
			action.setDeadline(date("2025-09-30")); //$NON-NLS-1$
			action.setStatus(n == 0 ? ActionStatus.DONE : ActionStatus.IN_PROGRESS);
			action.setDecision(decision);
			minutes.getActionItems().add(action);
			n++;
		}
		return minutes;
	}

	private static Flowchart flowchart(String user) {
		Flowchart chart = F.createFlowchart();
		base(chart, user, "门店周巡检流程", null); //$NON-NLS-1$
		chart.setPost("区域督导"); //$NON-NLS-1$
		Lane supervisor = lane(chart, "区域督导"); //$NON-NLS-1$
		Lane store = lane(chart, "门店店长"); //$NON-NLS-1$
		Lane office = lane(chart, "营运部"); //$NON-NLS-1$
		Step start = step(chart, supervisor, StepKind.START, "每周一", null); //$NON-NLS-1$
		Step plan = step(chart, supervisor, StepKind.TASK, "制定周巡检计划", "按门店分级确定巡检频次与重点"); //$NON-NLS-1$ //$NON-NLS-2$
		Step visit = step(chart, supervisor, StepKind.TASK, "现场巡检", "对照巡检表逐项检查陈列、库存与服务"); //$NON-NLS-1$ //$NON-NLS-2$
		risk(visit, RiskLevel.HIGH, "巡检流于形式,问题漏报", "巡检表逐项签字,营运部按5%抽查复核"); //$NON-NLS-1$ //$NON-NLS-2$
		Step report = step(chart, store, StepKind.TASK, "填写周巡检报表", "按《周巡检报表制度》于周五前提交"); //$NON-NLS-1$ //$NON-NLS-2$
		risk(report, RiskLevel.MEDIUM, "报表数据不准确", "ERP 数据与报表交叉核对"); //$NON-NLS-1$ //$NON-NLS-2$
		Step issues = step(chart, office, StepKind.DECISION, "是否存在问题?", null); //$NON-NLS-1$
		Step fix = step(chart, store, StepKind.TASK, "限期整改", "营运部下发整改通知,明确责任人和时限"); //$NON-NLS-1$ //$NON-NLS-2$
		risk(fix, RiskLevel.MEDIUM, "整改逾期", "纳入部门周重点工作台账,每周五跟进"); //$NON-NLS-1$ //$NON-NLS-2$
		Step check = step(chart, office, StepKind.TASK, "整改“回头看”", "复查整改结果并归档"); //$NON-NLS-1$ //$NON-NLS-2$
		Step end = step(chart, office, StepKind.END, "归档", null); //$NON-NLS-1$
		link(chart, start, plan, null);
		link(chart, plan, visit, null);
		link(chart, visit, report, null);
		link(chart, report, issues, null);
		link(chart, issues, fix, "是"); //$NON-NLS-1$
		link(chart, issues, end, "否"); //$NON-NLS-1$
		link(chart, fix, check, null);
		link(chart, check, end, null);
		return chart;
	}

	private static ArchiveCatalogue archive(FileRepository repository) throws IOException {
		ArchiveCatalogue catalogue = F.createArchiveCatalogue();
		base(catalogue, repository.user(), "营运部文书档案", null); //$NON-NLS-1$
		catalogue.setFondsCode("Z109"); //$NON-NLS-1$
		catalogue.setFondsName("营运部"); //$NON-NLS-1$
		for (String[] org : new String[][] { { "BGS", "办公室" }, { "YYB", "营运部" }, { "ZHB", "综合管理部" } }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Organization organization = F.createOrganization();
			organization.setCode(org[0]);
			organization.setName(org[1]);
			catalogue.getOrganizations().add(organization);
		}
		ArchivalCodeTemplate template = ArchivalCodeTemplate.of(catalogue);
		ArchiveClass archiveClass = new ArchiveClass("Z109", 2025, RetentionPeriod.YEARS_10, "YYB"); //$NON-NLS-1$ //$NON-NLS-2$
		int number = 0;
		for (String[] source : SOURCES) {
			number++;
			ContentStore.Stored stored;
			try (InputStream in = open(source[0])) {
				stored = repository.contentStore().put(in);
			}
			StoredFile file = F.createStoredFile();
			file.setFileName(source[1] + ".txt"); //$NON-NLS-1$
			file.setSha256(stored.sha256());
			file.setSize(stored.size());
			file.setMediaType("text/plain; charset=UTF-8"); //$NON-NLS-1$
			file.setAdded(new Date());
			ArchiveItem item = F.createArchiveItem();
			item.setId(UUID.randomUUID().toString());
			item.setItemNumber(number);
			item.setYear(2025);
			item.setRetention(RetentionPeriod.YEARS_10);
			item.setOrganizationCode("YYB"); //$NON-NLS-1$
			item.setArchivalCode(template.format(archiveClass, number));
			item.setTitle(source[1]);
			item.setResponsible(source[2]);
			item.setDate(date(source[3]));
			item.setSecurityLevel(SecurityLevel.INTERNAL);
			item.setPages(1);
			item.getFiles().add(file);
			catalogue.getItems().add(item);
		}
		NumberCounter counter = F.createNumberCounter();
		counter.setClassKey(archiveClass.key());
		counter.setHighest(number);
		catalogue.getNumberCounters().add(counter);
		RetentionRules.fillWithDefault(catalogue);
		return catalogue;
	}

	private static void base(Document document, String user, String title, String number) {
		Date now = new Date();
		document.setId(UUID.randomUUID().toString());
		document.setTitle(title);
		document.setDocumentNumber(number);
		document.setAuthor(user);
		document.setOwner(user);
		document.setCreated(now);
		document.setModified(now);
		document.setModelVersion(ModelVersion.CURRENT);
		document.getTags().add("示例"); //$NON-NLS-1$
	}

	private static Lane lane(Flowchart chart, String name) {
		Lane lane = F.createLane();
		lane.setId(UUID.randomUUID().toString());
		lane.setName(name);
		chart.getLanes().add(lane);
		return lane;
	}

	private static Step step(Flowchart chart, Lane lane, StepKind kind, String name, String description) {
		Step step = F.createStep();
		step.setId(UUID.randomUUID().toString());
		step.setKind(kind);
		step.setName(name);
		step.setDescription(description);
		step.setLane(lane);
		chart.getSteps().add(step);
		return step;
	}

	private static void risk(Step step, RiskLevel level, String description, String control) {
		RiskPoint risk = F.createRiskPoint();
		risk.setLevel(level);
		risk.setDescription(description);
		risk.setControl(control);
		step.getRisks().add(risk);
	}

	private static void link(Flowchart chart, Step from, Step to, String label) {
		Link link = F.createLink();
		link.setSource(from);
		link.setTarget(to);
		link.setLabel(label);
		chart.getLinks().add(link);
	}

	private static List<String> sentences(String body, int max) {
		List<String> out = new ArrayList<>();
		for (String part : body.split("(?<=。)")) { //$NON-NLS-1$
			String s = part.trim();
			if (s.length() >= 8 && s.endsWith("。")) { //$NON-NLS-1$
				out.add(s);
				if (out.size() == max) {
					break;
				}
			}
		}
		return out;
	}

	private static Date date(String iso) {
		return Date.from(LocalDate.parse(iso).atStartOfDay(ZoneId.systemDefault()).toInstant());
	}

	private static InputStream open(String name) throws IOException {
		InputStream in = SampleContent.class.getResourceAsStream("/samples/" + name); //$NON-NLS-1$
		if (in == null) {
			throw new IOException("sample missing from the core bundle: " + name); //$NON-NLS-1$
		}
		return in;
	}

	private static String text(String name) throws IOException {
		try (InputStream in = open(name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
