/** Thai messages of the projects module. */
export const projectsTh = {
	'auditEntity.project': 'โครงการ',
	'projectStatus.planned': 'ยังไม่เริ่ม',
	'projectStatus.in_progress': 'อยู่ระหว่างดำเนินการ',
	'projectStatus.delayed': 'ล่าช้า',
	'projectStatus.suspended': 'ชะลอ/ระงับ',
	'projectStatus.cancelled': 'ยกเลิก',
	'projectStatus.completed': 'แล้วเสร็จ'
} as const;
