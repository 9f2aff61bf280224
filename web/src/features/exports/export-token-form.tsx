import { z } from 'zod';
import { Field, FormError } from '../staff/components/form';
import { RegionOptions } from '../staff/components/choice-options';
import { requiredText, useStaffForm } from '../staff/components/use-staff-form';
import type { Region } from '../staff/reference-data';
import { shellStrings } from '../staff/strings';
import { createExportToken, type CreatedExportToken } from './exports-api';
import { exportsStrings } from './strings';

type TokenValues = { name: string; regionCode: string };

/** A new export token for one of the regions whose rows this account may export. */
export function ExportTokenForm({
  lang,
  regions,
  onCreated,
}: {
  lang: string;
  /** The regions it may choose. */
  regions: Region[];
  onCreated: (token: CreatedExportToken) => void;
}) {
  const t = exportsStrings(lang);
  const { form, onSubmit, busy, serverError, errorOf } = useStaffForm<TokenValues>({
    schema: z.object({ name: requiredText(shellStrings(lang).required), regionCode: z.string() }),
    defaultValues: { name: '', regionCode: regions[0]?.code ?? '' },
    lang,
    onValid: async (values, { resetField }) => {
      const created = await createExportToken(values);
      resetField('name');
      onCreated(created);
    },
  });
  return (
    <form className="card staff-form" onSubmit={onSubmit} noValidate aria-labelledby="new-token-heading">
      <h3 id="new-token-heading">{t.createToken}</h3>
      <FormError error={serverError} lang={lang} shownFields={['name', 'regionCode']} />
      <Field id="token-name" label={t.tokenName} hint={t.tokenNameHint} error={errorOf('name')}>
        {(control) => <input {...control} {...form.register('name')} maxLength={100} autoComplete="off" required />}
      </Field>
      <Field id="token-region" label={t.tokenRegion} error={errorOf('regionCode')}>
        {(control) => (
          <select {...control} {...form.register('regionCode')}>
            <RegionOptions regions={regions} lang={lang} />
          </select>
        )}
      </Field>
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? t.creatingToken : t.createToken}
      </button>
    </form>
  );
}
