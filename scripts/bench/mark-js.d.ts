// mark.js ships no types; the bench uses only its constructor and markRegExp.
declare module 'mark.js' {
  interface MarkRegExpOptions {
    done?: (marks: number) => void;
  }
  export default class Mark {
    constructor(context: Element | Element[] | string);
    markRegExp(regexp: RegExp, options?: MarkRegExpOptions): void;
    unmark(options?: { done?: () => void }): void;
  }
}
