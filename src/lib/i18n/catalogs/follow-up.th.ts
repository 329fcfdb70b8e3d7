/** Thai messages of the follow-up chain: overdue commitments, their projects, calendar subscriptions. */
export const followUpTh = {
	'commitments.overdue': 'เลยกำหนด',
	'followUp.overdueIntro': 'เรื่องที่เลยกำหนดแล้วยังไม่แล้วเสร็จ {count} เรื่อง แยกตามหน่วยงานที่รับผิดชอบ',
	'followUp.onlyOverdue': 'ดูเฉพาะเรื่องที่เลยกำหนด',
	'followUp.allOpen': 'ดูทุกเรื่องที่ยังไม่แล้วเสร็จ'
} as const;
