package org.officebench.core.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.officebench.core.archive.RetentionSchedule.Proposal;
import org.officebench.core.archive.RetentionSchedule.Row;
import org.officebench.model.RetentionPeriod;

/** 保管期限表: the shipped default, proposals by title, and the text format. */
class RetentionScheduleTest {

	private static final RetentionSchedule DEFAULT = RetentionSchedule.loadDefault();

	@Test
	void theDefaultTableHasAtLeastFifteenRowsOfEveryPeriod() {
		assertTrue(DEFAULT.rows().size() >= 15, DEFAULT.rows().toString());
		for (RetentionPeriod retention : RetentionPeriod.VALUES) {
			assertTrue(DEFAULT.rows().stream().anyMatch(r -> r.retention() == retention), retention.getLiteral());
		}
	}

	/** Titles from the seed texts (../shared/corpus/seeds) and the examples of the issue. */
	@ParameterizedTest
	@CsvSource(delimiter = ';', value = { //
			"营运部上半年工作总结; D30", //
			"营运部2025年第三季度高管例会纪要; Y", //
			"营运部工作计划; D30", //
			"运营年度工作计划汇总; D30", //
			"2023年党支部年度工作计划; D30", //
			"运营月度总结; D10", //
			"营运部2025年9月份工作总结; D10", //
			"营运部2025年第三季度工作计划; D10", //
			"營運管理部工作指引; Y", //
			"董事会2025年第二次会议决议; Y", //
			"关于印发《门店巡检管理办法》的通知; Y", //
			"营运部规章制度汇编; Y", //
			"关于国庆节放假安排的通知; D10", //
			"门店租赁合同; D30", //
			"营运部周例会纪要; D30", //
			"关于芜湖城市轨道交通运营成本监审报告; D30" })
	void titlesGetTheRetentionOfTheirKind(String title, String expected) {
		Optional<Proposal> proposal = DEFAULT.propose(title);
		assertTrue(proposal.isPresent(), title);
		assertEquals(RetentionPeriod.get(expected), proposal.get().retention(),
				title + " matched " + proposal.get().row().kind() + " by " + proposal.get().keyword());
		assertEquals(proposal.get().retention(), proposal.get().row().retention());
		assertTrue(proposal.get().row().keywords().contains(proposal.get().keyword()));
	}

	@Test
	void theMatchedRowIsReported() {
		Proposal proposal = DEFAULT.propose("营运部2025年第三季度高管例会纪要").orElseThrow();
		assertTrue(proposal.row().kind().contains("会议纪要"), proposal.row().kind());
		for (String term : proposal.keyword().split("\\+")) {
			assertTrue("营运部2025年第三季度高管例会纪要".contains(term), proposal.keyword());
		}
	}

	@Test
	void aTitleWithoutKeywordGetsNoProposal() {
		assertEquals(Optional.empty(), DEFAULT.propose("杂项"));
		assertEquals(Optional.empty(), DEFAULT.propose(""));
		assertEquals(Optional.empty(), DEFAULT.propose(null));
	}

	@Test
	void theMoreSpecificKeywordWinsThenTheLongerPeriod() {
		RetentionSchedule schedule = new RetentionSchedule(List.of(
				new Row("一般纪要", List.of("纪要"), RetentionPeriod.YEARS_10),
				new Row("领导会议纪要", List.of("高管+纪要"), RetentionPeriod.PERMANENT),
				new Row("通知", List.of("通知"), RetentionPeriod.YEARS_10),
				new Row("办法", List.of("办法"), RetentionPeriod.YEARS_30)));
		assertEquals(RetentionPeriod.PERMANENT, schedule.propose("高管例会纪要").orElseThrow().retention());
		assertEquals(RetentionPeriod.YEARS_10, schedule.propose("部门例会纪要").orElseThrow().retention());
		assertEquals(RetentionPeriod.YEARS_30, schedule.propose("关于印发考勤办法的通知").orElseThrow().retention());
		// Full-width letters and spaces do not hinder a match.
		RetentionSchedule latin = new RetentionSchedule(List.of(new Row("ERP", List.of("erp"), RetentionPeriod.YEARS_30)));
		assertEquals(RetentionPeriod.YEARS_30, latin.propose("ＥＲＰ 上线方案").orElseThrow().retention());
	}

	@Test
	void saveAndLoadRoundTrip() throws Exception {
		StringWriter text = new StringWriter();
		DEFAULT.save(text);
		RetentionSchedule back = RetentionSchedule.load(new StringReader(text.toString()));
		assertEquals(DEFAULT.rows(), back.rows());
		assertEquals(DEFAULT, back);

		RetentionSchedule edited = new RetentionSchedule(List.of(
				new Row("项目立项文件", List.of("立项", "可行性+研究"), RetentionPeriod.PERMANENT),
				new Row("值班记录", List.of("值班"), RetentionPeriod.YEARS_10)));
		StringWriter editedText = new StringWriter();
		edited.save(editedText);
		assertTrue(editedText.toString().contains("项目立项文件 | 立项、可行性+研究 | Y"), editedText.toString());
		assertEquals(edited, RetentionSchedule.load(new StringReader(editedText.toString())));
	}

	@Test
	void theTextFormatIsForgiving() throws Exception {
		RetentionSchedule schedule = RetentionSchedule.load(new StringReader(
				"\ufeff# comment\n\n  合同 | 合同, 协议，租赁 | 30年  \n制度|制度|永久\n通知 | 通知 | d10\n"));
		assertEquals(List.of(new Row("合同", List.of("合同", "协议", "租赁"), RetentionPeriod.YEARS_30),
				new Row("制度", List.of("制度"), RetentionPeriod.PERMANENT),
				new Row("通知", List.of("通知"), RetentionPeriod.YEARS_10)), schedule.rows());
	}

	@Test
	void aMalformedLineIsReportedWithItsNumber() {
		String text = "# 保管期限表\n合同 | 合同 | D30\n\n制度 | 制度 | D20\n";
		ArchiveFormatException e = assertThrows(ArchiveFormatException.class, () -> RetentionSchedule.load(new StringReader(text)));
		assertEquals(4, e.lineNumber());
		assertTrue(e.getMessage().matches("(?s).*\\b4\\b.*") && e.getMessage().contains("D20"), e.getMessage());
		assertFalse(e.getMessage().contains("NLS missing message"), e.getMessage());

		e = assertThrows(ArchiveFormatException.class, () -> RetentionSchedule.load(new StringReader("合同 | 合同\n")));
		assertEquals(1, e.lineNumber());
		e = assertThrows(ArchiveFormatException.class, () -> RetentionSchedule.load(new StringReader("制度|制度|Y\n | 纪要 | Y\n")));
		assertEquals(2, e.lineNumber());
		e = assertThrows(ArchiveFormatException.class, () -> RetentionSchedule.load(new StringReader("制度|制度|Y\n纪要 | 、 | Y\n")));
		assertEquals(2, e.lineNumber());
		e = assertThrows(ArchiveFormatException.class, () -> RetentionSchedule.load(new StringReader("纪要 | 高管++纪要 | Y\n")));
		assertEquals(1, e.lineNumber());
		assertTrue(e.getMessage().contains("高管++纪要"), e.getMessage());
	}
}
