/** The platform module's entry: what other modules and the routes may use. */

export { type Actor, type ChangeContext, systemActor } from './actor.ts';
export { builtinAgencySchema, loadBuiltinAgencies } from './agencies/load-builtin.ts';
export {
	agencyIdsByCode,
	agencyFilterSchema,
	agencyLabelColumns,
	agencyLabelSchema,
	agencyNamesOf,
	agencySchema,
	listAgencies,
	listAgencyLabels,
	listAgencyRegister,
	presentAgency
} from './agencies/repository.ts';
export { inAgencyScope } from './agency-scope-repository.ts';
export {
	type FilesToKeep,
	attachmentField,
	attachmentSchema,
	checkFiles,
	fileFieldSettings,
	presentAttachment,
	withFiles
} from './attachments/attachments.ts';
export { type FileOwner, attachRecordFiles, removeRecordFile } from './attachments/record-files.ts';
export { type AttachmentRow, findAttachment, listAttachments } from './attachments/repository.ts';
export type { AttachmentOwnerType } from './attachments/schema.ts';
export { attachmentPath } from './attachments/storage.ts';
export { readAuditQuery } from './audit/filter.ts';
export {
	auditActions,
	auditEntityTypes,
	recordAudit,
	requireVersion,
	staleVersionError
} from './audit/record.ts';
export { auditPageSize, listAuditEntries } from './audit/repository.ts';
export {
	apiTokenSchema,
	issueApiToken,
	presentApiToken,
	revokeApiToken
} from './auth/api-tokens.ts';
export { listApiTokens } from './auth/api-tokens-repository.ts';
export { login, loginSettings } from './auth/login.ts';
export { endSession } from './auth/logout.ts';
export { purgeExpiredLogins } from './auth/purge.ts';
export { issuedApiTokenSchema, presentSession, sessionSchema } from './auth/responses.ts';
export { apiTokenIssueSchema, sessionCreateSchema } from './auth/schemas.ts';
export { countRecentLoginFailures } from './auth/throttle.ts';
export { tokenState } from './auth/token-state.ts';
export { applyBuiltin } from './builtin/apply.ts';
export {
	lockBaseline,
	pendingBaselines,
	settleBaseline,
	updateBuiltinRecord
} from './builtin/repository.ts';
export { byKey, fieldsOf } from './canonical.ts';
export { duplicateOf, refuseDuplicates } from './duplicates.ts';
export { AppError, type FieldErrors, errorStatus, userMessage } from './errors.ts';
export {
	amount,
	date,
	fieldLimits,
	hasControlCharacter,
	id,
	integer,
	integerParam,
	list,
	multilineText,
	optionalCountryCode,
	optionalDate,
	optionalId,
	optionalMultilineText,
	optionalText,
	percentage,
	queryText,
	text,
	version
} from './fields.ts';
export { homeFigures } from './home-repository.ts';
export { apiHandler, errorResponse, readJson } from './http/api.ts';
export { authenticate } from './http/authenticate.ts';
export { escapeHtml } from './http/escape-html.ts';
export { contentDisposition } from './http/content-disposition.ts';
export {
	clearSessionCookie,
	localeCookieName,
	setLocaleCookie,
	setSessionCookie
} from './http/cookies.ts';
export {
	createOnce,
	idempotencyKeyHeader,
	idempotencyKeyHours,
	purgeIdempotencyKeys
} from './http/create-once.ts';
export { formDate, formLines, formNumber, formVersion, formYesNo } from './http/form-fields.ts';
export {
	type RowGroup,
	type RowOf,
	errorsOnRows,
	formRows,
	keptRows,
	withBlanks
} from './http/form-rows.ts';
export { formFiles, formList, formReturnPath, formText, sameSitePath } from './http/forms.ts';
export { idParam, isId } from './http/ids.ts';
export {
	failFormOrPage,
	notFoundPage,
	pageId,
	redirectSaved,
	redirectSavedTo,
	requirePage,
	savedNotice
} from './http/pages.ts';
export { type AgencyKind, type Role, agencyKinds } from './kinds.ts';
export { log, setLogLevel } from './log.ts';
export {
	type Action,
	type AgencyScope,
	actsForAgency,
	authorize,
	can,
	canReadCircular,
	canReadWork,
	circularScope,
	isShared,
	reviewsOwnSubmission,
	rolesGranted,
	unsubmittedScope
} from './policy.ts';
export { reviewSchema, transitionSchema } from './review-schemas.ts';
export type { ReviewMarks, ReviewedKind } from './review/kind.ts';
export { mayReport } from './review/permissions.ts';
export { removeWorkFile } from './review/remove-work-file.ts';
export { readableWork } from './review/repository.ts';
export { reviewWork } from './review/review-work.ts';
export { saveWork } from './review/save-work.ts';
export { type ReviewState, reviewStates } from './review/states.ts';
export { submitWork } from './review/submit-work.ts';
export { type Every, periodOf } from './scheduler/periods.ts';
export { type Repeating, repeatEvery } from './scheduler/repeat.ts';
export {
	type ScheduledJob,
	type Scheduler,
	type SchedulerOptions,
	startScheduler
} from './scheduler/scheduler.ts';
export { changeOwnPassword } from './users/change-own-password.ts';
export { runAdminCommand } from './users/command-line.ts';
export { createUser } from './users/create-user.ts';
export { ensureAdmin } from './users/ensure-admin.ts';
export { type UserFormChoices, userFormChoices, userFormValues } from './users/form.ts';
export { presentUser, userSchema, userUnlockSchema } from './users/presenter.ts';
export {
	type UserWithAgencies,
	existingAgencyIds,
	findUserById,
	listUsers
} from './users/repository.ts';
export {
	localeChoiceSchema,
	passwordChangeSchema,
	userCreateSchema,
	userUpdateSchema
} from './users/schemas.ts';
export { setOwnLocale } from './users/set-own-locale.ts';
export { setUserActive } from './users/set-user-active.ts';
export { unlockUser } from './users/unlock-user.ts';
export { updateUser } from './users/update-user.ts';
export { parseInput } from './validation.ts';
