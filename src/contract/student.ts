import { z } from 'zod';

export const studentRecordView = z.object({
  examNumber: z.string().nullable(),
  name: z.string(),
  genderName: z.string(),
  birthDate: z.string(),
  idNumberMasked: z.string(),
  originRegionName: z.string().nullable(),
  ethnicityName: z.string().nullable(),
  politicalStatusName: z.string().nullable(),
  schoolName: z.string(),
  collegeName: z.string(),
  levelName: z.string(),
  educationLevelName: z.string(),
  majorName: z.string(),
  majorCode: z.string().nullable(),
  studyYears: z.number(),
  enrolledOn: z.string(),
  graduatingOn: z.string(),
  cohort: z.number(),
});
export type StudentRecordView = z.infer<typeof studentRecordView>;

export const recordStateSchema = z.enum(['confirmed', 'unconfirmed', 'missing', 'mismatch']);

export const studentRecordResponse = z.object({
  state: recordStateSchema,
  cohort: z.number(),
  mismatchFields: z.array(z.string()),
  record: studentRecordView.nullable(),
});

export const confirmRecordResponse = z.object({ state: z.literal('confirmed'), record: studentRecordView });
