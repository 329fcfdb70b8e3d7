/** Thai messages of the follow-up chain: overdue commitments, their projects, calendar subscriptions. */
export const followUpTh = {
	'commitments.overdue': 'เลยกำหนด',
	'followUp.overdueIntro': 'เรื่องที่เลยกำหนดแล้วยังไม่แล้วเสร็จ {count} เรื่อง แยกตามหน่วยงานที่รับผิดชอบ',
	'followUp.onlyOverdue': 'ดูเฉพาะเรื่องที่เลยกำหนด',
	'followUp.allOpen': 'ดูทุกเรื่องที่ยังไม่แล้วเสร็จ',
	'auditEntity.calendar_feed': 'ที่อยู่ปฏิทินส่วนตัว',
	'calendarFeed.title': 'ปฏิทินการประชุมและการเยือนในโปรแกรมปฏิทิน',
	'calendarFeed.intro':
		'สร้างที่อยู่ลับสำหรับให้โปรแกรมปฏิทิน (เช่น Google Calendar, Outlook, ปฏิทินของโทรศัพท์) บอกรับปฏิทินการประชุมและการเยือนโดยไม่ต้องเข้าสู่ระบบ ผู้ที่รู้ที่อยู่นี้จะเห็นสิ่งที่ท่านเห็น จึงไม่ควรเผยแพร่ และยกเลิกได้ทุกเมื่อ',
	'calendarFeed.none': 'ยังไม่มีที่อยู่ปฏิทินส่วนตัว',
	'calendarFeed.create': 'สร้างที่อยู่ปฏิทินส่วนตัว',
	'calendarFeed.replace': 'สร้างที่อยู่ใหม่แทนที่อยู่เดิม',
	'calendarFeed.revoke': 'ยกเลิกที่อยู่ปฏิทินส่วนตัว',
	'calendarFeed.liveSince': 'มีที่อยู่ปฏิทินส่วนตัวที่สร้างเมื่อ {date}',
	'calendarFeed.lastRead': 'โปรแกรมปฏิทินอ่านล่าสุดเมื่อ {time}',
	'calendarFeed.neverRead': 'ยังไม่มีโปรแกรมปฏิทินอ่าน',
	'calendarFeed.created': 'สร้างที่อยู่ปฏิทินส่วนตัวแล้ว',
	'calendarFeed.copyNow': 'คัดลอกที่อยู่นี้ไปใส่ในโปรแกรมปฏิทินตอนนี้ ระบบจะไม่แสดงอีก (ที่อยู่เดิม ถ้ามี ใช้ไม่ได้แล้ว)',
	'calendarFeed.revoked': 'ยกเลิกที่อยู่ปฏิทินส่วนตัวแล้ว โปรแกรมปฏิทินที่บอกรับไว้จะไม่ได้รับข้อมูลอีก'
} as const;
