import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import { fieldErrors } from './form';

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
  busy: boolean;
  /** The last refusal of the server (for FormError), or null. */
  serverError: unknown;
  /** A field's message: the browser's check first, else the server's (in the page's language). */
  errorOf: (field: Path<TValues> | string) => string | undefined;
};

/**
 * What every staff form does the same way, on react-hook-form with a zod schema: busy while
 * sending, focus on the first invalid field (react-hook-form focuses registered controls in
 * order), the server's refusal kept for the error summary (FormError takes focus) and its
 * field errors shown by their fields. Pair it with `Field` from ./form for the labels.
 */
export function useStaffForm<TValues extends FieldValues, TOutput = TValues>({
  schema,
  defaultValues,
  lang,
  onValid,
}: Options<TValues, TOutput>): StaffForm<TValues, TOutput> {
  const form = useForm<TValues, unknown, TOutput>({ resolver: zodResolver(schema), defaultValues, shouldFocusError: true });
  const [serverError, setServerError] = useState<unknown>(null);
  const onSubmit = form.handleSubmit(async (values) => {
    setServerError(null);
    try {
      await onValid(values, form);
    } catch (caught) {
      setServerError(caught);
    }
  });
  const server = fieldErrors(serverError, lang);
  const errorOf = (field: string): string | undefined => {
    const local = form.getFieldState(field as Path<TValues>, form.formState).error?.message;
    return local ?? server[field];
  };
  return { form, onSubmit, busy: form.formState.isSubmitting, serverError, errorOf };
}
