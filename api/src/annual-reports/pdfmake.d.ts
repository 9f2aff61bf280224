// The part of pdfmake 0.3's Node API (its default export, a configured singleton) that
// annual-report-pdf.ts uses; the package ships no TypeScript types of its own.
declare module 'pdfmake' {
  interface PdfMakeOutput {
    getBuffer(): Promise<Buffer>;
  }
  interface PdfMake {
    setFonts(fonts: Record<string, Record<'normal' | 'bold' | 'italics' | 'bolditalics', string>>): void;
    setUrlAccessPolicy(callback: (url: string) => boolean): void;
    setLocalAccessPolicy(callback: (path: string) => boolean): void;
    createPdf(definition: object): PdfMakeOutput;
  }
  const pdfmake: PdfMake;
  export = pdfmake;
}
