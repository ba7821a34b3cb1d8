import { type Browser, browser } from 'wxt/browser';
import type { z } from 'zod/mini';
import {
  type BackgroundRequest,
  BackgroundRequestSchema,
  type BackgroundResponse,
  BackgroundResponseSchemas,
  type ContentRequest,
  ContentRequestSchema,
  PageRequestSchemas,
  type PageRequestType,
  PageResponseSchemas,
} from './protocol';

type RequestOf<T extends BackgroundRequest['type']> = Extract<BackgroundRequest, { type: T }>;

/**
 * Sends a request to the background, checked by `requestSchema` (the whole union, or a page
 * request's own member: the same requests pass either), and validates its answer; rejects on a
 * malformed request or answer.
 */
async function send<T extends BackgroundRequest['type']>(
  request: RequestOf<T>,
  requestSchema: z.ZodMiniType,
  answerSchema: z.ZodMiniType,
): Promise<BackgroundResponse<T>> {
  const outgoing = requestSchema.parse(request);
  const answer: unknown = await browser.runtime.sendMessage(outgoing);
  const parsed = answerSchema.safeParse(answer);
  if (!parsed.success) throw new Error(`Crosscount: malformed answer to ${request.type}`);
  return parsed.data as BackgroundResponse<T>;
}

/** From the popup or the options page: any request. */
export const sendToBackground = <T extends BackgroundRequest['type']>(request: RequestOf<T>) =>
  send(request, BackgroundRequestSchema, BackgroundResponseSchemas[request.type]);

/** From a content script: only its own requests, so it carries only their schemas. */
export const sendFromPage = <T extends PageRequestType>(request: RequestOf<T>) => {
  const type = (request as BackgroundRequest).type as PageRequestType;
  return send(request, PageRequestSchemas[type], PageResponseSchemas[type]);
};

/** Sends a request to the content script of one tab. */
export async function sendToTab(tabId: number, request: ContentRequest): Promise<void> {
  await browser.tabs.sendMessage(tabId, ContentRequestSchema.parse(request));
}

export type BackgroundHandlers = {
  [T in BackgroundRequest['type']]: (
    request: RequestOf<T>,
    sender: Browser.runtime.MessageSender,
  ) => Promise<BackgroundResponse<T>>;
};

/**
 * Routes one incoming message to its handler. Messages from anywhere but this extension, and
 * messages that do not parse, are rejected with an error; nothing reaches a handler unchecked.
 */
export function routeBackgroundMessage(
  handlers: BackgroundHandlers,
  message: unknown,
  sender: Browser.runtime.MessageSender,
): Promise<unknown> {
  if (sender.id !== browser.runtime.id) {
    return Promise.reject(new Error('Crosscount: message from another extension ignored'));
  }
  const parsed = BackgroundRequestSchema.safeParse(message);
  if (!parsed.success) {
    return Promise.reject(new Error('Crosscount: unknown or malformed message'));
  }
  const request = parsed.data;
  const handler = handlers[request.type] as (
    request: BackgroundRequest,
    sender: Browser.runtime.MessageSender,
  ) => Promise<unknown>;
  return handler(request, sender);
}

/** Listens for content-script requests; malformed ones are dropped. Returns the unsubscribe. */
export function listenInContent(onRequest: (request: ContentRequest) => void): () => void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return;
    const parsed = ContentRequestSchema.safeParse(message);
    if (parsed.success) onRequest(parsed.data);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
