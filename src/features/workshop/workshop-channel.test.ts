import { describe, expect, it } from 'vitest';
import { channelName, readMessage } from './workshop-channel.ts';

const slide = {
  type: 'slide',
  project: 'Street Lens',
  section: '1. About the product',
  where: 'Section 1 of 4 · Question 1 of 3',
  number: '1.1',
  text: 'Who will run the product day to day?',
  intro: null,
  help: 'The organisation that decides.',
  next: '1.2 Does the product collect biometric data?',
};

describe('the presenter channel', () => {
  it('is one per assessment', () => {
    expect(channelName('a')).not.toBe(channelName('b'));
  });

  it('reads a slide and a request for one', () => {
    expect(readMessage(slide)).toEqual(slide);
    expect(readMessage({ type: 'where-are-we' })).toEqual({ type: 'where-are-we' });
  });

  it('ignores anything else on the channel', () => {
    expect(readMessage({ ...slide, help: 3 })).toBeNull();
    expect(readMessage({ ...slide, text: undefined })).toBeNull();
    expect(readMessage({ type: 'navigate', to: 'https://example.org' })).toBeNull();
    expect(readMessage('slide')).toBeNull();
    expect(readMessage(null)).toBeNull();
  });
});
