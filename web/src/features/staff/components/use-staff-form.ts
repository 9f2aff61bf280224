import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type DefaultValues, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { z } from 'zod';
import { fieldErrors } from './form';
import { useStaffAction } from './use-staff-action';

type Options<TValues extends FieldValues, TOutput> = {
  /** Checks in the browser, with messages already in the page's language. */
  schema: z.ZodType<TOutput, z.ZodTypeDef, TValues>;
  defaultValues: DefaultValues<TValues>;
  lang: string;
  /** Sends the checked values; a thrown ApiError becomes the form's server error. */
  onValid: (values: TOutput, form: UseFormReturn<TValues, unknown, TOutput>) => Promise<void>;
};

export type StaffForm<TValues extends FieldValues, TOutput> = {
  form: UseFormReturn<TValues, unknown, TOutput>;
  /** For <form onSubmit>. */
  onSubmit: (event?: React.BaseSyntheticEvent) => Promise<void>;
  /** Sending: the submit or an action run through `run`. */
  busy: boolean;
  /** Whether the submit (not an action) is under way: for the submit button's label. */
  submitting: boolean;
  /** The last refusal of the server (for FormError), or null. */
  serverError: unknown;
  clearServerError: () => void;
  /** A field's message: the browser's check first, else the server's (in the page's language). */
  errorOf: (field: Path<TValues> | string) => string | undefined;
  /**
   * Another request of the same form that is not its submit (deactivate, a new temporary
   * password): the same busy state, its refusal in the same error summary.
   */
  run: (action: () => Promise<unknown>) => Promise<void>;
};

/**
 * What every staff form does the same way, on react-hook-form with a zod schema: busy while
 * sending, focus on the first invalid field (react-hook-form focuses registered controls in
 * order), the server's refusal kept for the error summary (FormError takes focus) and its
 * field errors shown by their fields in the page's language (problem-messages.ts). Pair it
 * with `Field` from ./form for the labels.
 */
export function useStaffForm<TValues extends FieldValues, TOutput = TValues>({
  schema,
  defaultValues,
  lang,
  onValid,
}: Options<TValues, TOutput>): StaffForm<TValues, TOutput> {
  const form = useForm<TValues, unknown, TOutput>({ resolver: zodResolver(schema), defaultValues, shouldFocusError: true });
  const action = useStaffAction();
  const onSubmit = form.handleSubmit((values) => action.run(() => onValid(values, form)));
  const server = fieldErrors(action.error, lang);
  const errorOf = (field: string): string | undefined => {
    const local = form.getFieldState(field as Path<TValues>, form.formState).error?.message;
    return local ?? server[field];
  };
  return {
    form,
    onSubmit,
    busy: action.busy,
    submitting: form.formState.isSubmitting,
    serverError: action.error,
    clearServerError: action.clearError,
    errorOf,
    run: action.run,
  };
}

/** A text the form needs, trimmed; `message` in the page's language when it is empty. */
export function requiredText(message: string) {
  return z.string().trim().min(1, message);
}
