import { HttpErrorResponse } from '@angular/common/http';
import { PanoptoError } from 'panopto-ng/core';
import { PanoptoBroadcastValidationError } from './broadcast-validation';
import { PanoptoScheduleConflictError, conflictFromError } from './schedule-conflicts';

describe('live errors', () => {
  it('a broadcast validation error is a PanoptoError with the code invalid-broadcast', () => {
    const error = new PanoptoBroadcastValidationError([{ field: 'Name', rule: 'required', message: 'Give a title.' }]);
    expect(error).toBeInstanceOf(PanoptoError);
    expect(error).toBeInstanceOf(PanoptoBroadcastValidationError);
    expect(error.code).toBe('invalid-broadcast');
    expect(error.name).toBe('PanoptoBroadcastValidationError');
    expect(error.message).toBe('Name: Give a title.');
  });

  it('a schedule conflict is a PanoptoError with the code schedule-conflict, caused by the REST error', () => {
    const original = new HttpErrorResponse({
      status: 409,
      error: { Error: { ErrorCode: 'ScheduleConflict', Message: 'Conflict', Success: false } },
    });
    const error = conflictFromError(original);
    expect(error).toBeInstanceOf(PanoptoError);
    expect(error).toBeInstanceOf(PanoptoScheduleConflictError);
    expect(error?.code).toBe('schedule-conflict');
    expect(error?.name).toBe('PanoptoScheduleConflictError');
    expect(error?.original).toBe(original);
    expect((error as unknown as { cause: unknown }).cause).toBe(original);
  });
});
