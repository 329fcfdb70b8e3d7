/** Thai messages of the plans module: plans, KPIs, results, alignment. */
export const plansTh = {
	'auditAction.submit': 'ส่งผล',
	'auditAction.approve': 'อนุมัติ',
	'auditAction.return': 'ส่งกลับแก้ไข',
	'auditEntity.plan': 'แผน',
	'auditEntity.plan_element': 'องค์ประกอบของแผน',
	'auditEntity.kpi': 'ตัวชี้วัด',
	'auditEntity.kpi_result': 'ผลการดำเนินงานตามตัวชี้วัด',
	'auditEntity.element_alignment': 'ความสอดคล้องระหว่างแผน',

	'kpiStatus.met': 'บรรลุค่าเป้าหมาย',
	'kpiStatus.not_met': 'ไม่บรรลุค่าเป้าหมาย',
	'kpiStatus.pending': 'รอพิจารณา',
	'kpiStatus.not_reported': 'ยังไม่รายงาน',
	'plans.statusRule':
		'ยังไม่รายงาน: ยังไม่มีผลที่ส่งแล้ว · รอพิจารณา: ส่งแล้วหรือถูกส่งกลับแก้ไขและยังไม่อนุมัติ หรืออนุมัติแล้วแต่ค่าเป้าหมายไม่ได้กำหนดเป็นตัวเลข · บรรลุค่าเป้าหมาย: ผลที่อนุมัติแล้วถึงค่าเป้าหมาย (ไม่ต่ำกว่าค่าเป้าหมาย หรือไม่สูงกว่าสำหรับตัวชี้วัดที่ควรลดลง) · ไม่บรรลุค่าเป้าหมาย: ผลที่อนุมัติแล้วไม่ถึงค่าเป้าหมาย',

	'resultStatus.draft': 'ฉบับร่าง',
	'resultStatus.submitted': 'ส่งแล้ว รออนุมัติ',
	'resultStatus.returned': 'ส่งกลับแก้ไข',
	'resultStatus.approved': 'อนุมัติแล้ว',

	'error.locked': 'ผลนี้อนุมัติแล้วจึงแก้ไขไม่ได้',
	'error.invalid_transition': 'ทำรายการนี้กับผลในสถานะปัจจุบันไม่ได้',
	'validation.fiscalYearOutsidePlan': 'ปีงบประมาณต้องอยู่ในช่วงของแผน ({from}–{to})',
	'validation.levelOutsideLadder': 'ระดับต้องอยู่ระหว่าง 1 ถึง {max} ตามขั้นของตัวชี้วัด',
	'validation.percentage': 'ร้อยละต้องอยู่ระหว่าง 0 ถึง 100',
	'validation.notNegative': 'ต้องไม่ติดลบ',
	'validation.commentRequired': 'โปรดระบุเหตุผลที่ส่งกลับ',
	'validation.alignmentSamePlan': 'ต้องเชื่อมกับองค์ประกอบของแผนอื่น'
} as const;
