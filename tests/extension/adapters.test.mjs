import { test } from 'node:test';
import assert from 'node:assert/strict';

import { fixtureWindow, loadScripts, CONTENT_SCRIPTS } from './support/dom.mjs';

const onward = await loadScripts(...CONTENT_SCRIPTS);
const { gmail, outlook, linkedin } = onward.adapters;

const GMAIL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWvdmRnbcFKlvrgTqrMLDsnx';

test('gmail (current layout): ids from data-message-id and data-thread-perm-id, sender, date, body', () => {
  const { document } = fixtureWindow('gmail/thread-rejection.html', GMAIL);
  assert.equal(gmail.matches(new URL(GMAIL)), true);
  const msg = gmail.findOpenMessage(document);
  assert.ok(msg, 'finds the open message');
  const email = gmail.read(msg, document);
  assert.equal(email.provider, 'gmail');
  assert.equal(email.message_id, 'msg-f:1781500000000000001');
  assert.equal(email.thread_id, 'thread-f:1781500000000000001');
  assert.equal(email.from, 'Jordan Lee <jordan.lee@tidewater.example>', 'the header sender, not the quoted one');
  assert.equal(email.subject, 'Your application to Tidewater', 'the open thread subject, not the digest heading');
  assert.equal(email.date, new Date(2026, 10, 24, 10, 12).toISOString());
  assert.match(email.body, /^Hi Jane,\n\nThank you for your interest in the Senior Data Analyst position at Tidewater/);
  assert.match(email.body, /Talent Acquisition, Tidewater$/);
  assert.equal(email.url, GMAIL);
  assert.equal(gmail.panelAnchor(msg).className, 'ii gt');
});

test('gmail (pre-2023 layout): ids from data-legacy-*/the m<hex> class; quoted history left out', () => {
  const { document } = fixtureWindow('gmail/thread-rejection-legacy.html', GMAIL);
  const msg = gmail.findOpenMessage(document);
  const email = gmail.read(msg, document);
  assert.equal(email.message_id, '18b2c3d4e5f60718');
  assert.equal(email.thread_id, '18b2c3d4e5f60718');
  assert.equal(email.from, 'Jordan Lee <jordan.lee@tidewater.example>');
  assert.doesNotMatch(email.body, /excited to apply/, 'the quoted earlier message is not read');
  assert.match(email.body, /move forward with other candidates/);
});

test('gmail: the id does not come from the URL', () => {
  const { document } = fixtureWindow('gmail/thread-rejection.html', 'https://mail.google.com/mail/u/0/#inbox/SOMETHINGELSE');
  assert.equal(gmail.read(gmail.findOpenMessage(document), document).message_id, 'msg-f:1781500000000000001');
});

test('gmail: no open conversation (inbox list only) -> no message', () => {
  const { document } = fixtureWindow('gmail/thread-rejection.html', GMAIL);
  document.querySelector('.nH.if').remove();
  assert.equal(gmail.findOpenMessage(document), null);
});

test('gmail: the reply box is found once Reply is clicked (hidden until then)', async () => {
  const window = fixtureWindow('gmail/thread-rejection.html', GMAIL);
  const { document } = window;
  assert.equal(gmail.findReplyBox(document), null, 'hidden compose box is not a reply box');
  // The fixture's own script does not run in the shim: stand in for Gmail's click handler.
  document.querySelector('.ams.bkH').addEventListener('click', () => {
    document.querySelector('.ip.adB').hidden = false;
  });
  globalThis.MutationObserver = window.MutationObserver;
  const box = await gmail.openReplyBox(document, gmail.findOpenMessage(document));
  assert.ok(box);
  assert.equal(box.getAttribute('aria-label'), 'Message Body');
});

test('outlook: conversation id + position, subject, sender, date, body', () => {
  const url = 'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1hYmNkLTAwAi0wMAoAEAB7x9Tq%3D';
  const { document } = fixtureWindow('outlook/thread-rejection.html', url);
  for (const host of ['outlook.live.com', 'outlook.office.com', 'outlook.office365.com']) {
    assert.equal(outlook.matches(new URL(`https://${host}/mail/`)), true, host);
  }
  const msg = outlook.findOpenMessage(document);
  const email = outlook.read(msg, document);
  assert.equal(email.provider, 'outlook');
  assert.equal(email.thread_id, 'AAQkADAwATM0MDAAMS1hYmNkLTAwAi0wMAoAEAB7x9Tq=', 'the selected conversation, not the first');
  assert.equal(email.message_id, 'AAQkADAwATM0MDAAMS1hYmNkLTAwAi0wMAoAEAB7x9Tq=#0');
  assert.equal(email.subject, 'Update on your application');
  assert.equal(email.from, 'Priya Natarajan <recruiting@northwind.example>');
  assert.equal(email.date, new Date(2026, 10, 24, 15, 5).toISOString());
  assert.match(email.body, /^Dear Jane,\n\nThank you for applying to the Backend Engineer position at Northwind/);
  assert.match(email.body, /Kind regards,\nPriya Natarajan\nNorthwind Talent Team$/);
});

test('outlook: nothing selected -> no message', () => {
  const { document } = fixtureWindow('outlook/thread-rejection.html', 'https://outlook.live.com/mail/0/');
  document.querySelector('[aria-selected="true"]').setAttribute('aria-selected', 'false');
  assert.equal(outlook.findOpenMessage(document), null);
});

for (const [file, layout] of [['linkedin/profile-classic.html', 'classic'], ['linkedin/profile-2026.html', '2026 (hashed classes)']]) {
  test(`linkedin ${layout}: name, headline, current company, profile URL`, () => {
    const url = 'https://www.linkedin.com/in/jordan-lee-talent/?miniProfileUrn=abc';
    const { document } = fixtureWindow(file, url);
    assert.equal(linkedin.matches(new URL(url)), true);
    assert.equal(linkedin.matches(new URL('https://www.linkedin.com/feed/')), false);
    assert.deepEqual(linkedin.readProfile(document), {
      url: 'https://www.linkedin.com/in/jordan-lee-talent/',
      name: 'Jordan Lee',
      headline: 'Talent Acquisition Lead at Tidewater | Hiring data and analytics people',
      company: 'Tidewater',
    });
    assert.ok(linkedin.anchor(document));
  });
}

test('text.parseDate: Gmail, Outlook, day-first and ISO forms; nonsense is null', () => {
  const { parseDate } = onward.text;
  assert.equal(parseDate('Tue, Nov 24, 2026, 12:05 AM'), new Date(2026, 10, 24, 0, 5).toISOString());
  assert.equal(parseDate('Nov 24, 2026, 12:30 PM'), new Date(2026, 10, 24, 12, 30).toISOString());
  assert.equal(parseDate('24 Nov 2026, 14:05'), new Date(2026, 10, 24, 14, 5).toISOString());
  assert.equal(parseDate('2026-11-24T09:00:00Z'), '2026-11-24T09:00:00.000Z');
  assert.equal(parseDate('yesterday'), null);
});

test('linkedin: the profile address comes from the page, not a canonical link left from the page before', () => {
  // After an in-app move LinkedIn can leave the previous page's canonical link in <head>.
  const { document } = fixtureWindow('linkedin/profile-classic.html', 'https://www.linkedin.com/in/sam-okafor/');
  assert.equal(linkedin.readProfile(document).url, 'https://www.linkedin.com/in/sam-okafor/');
  // An opaque member id in the address: the canonical link has the readable slug.
  const { document: byId } = fixtureWindow('linkedin/profile-classic.html', 'https://www.linkedin.com/in/ACoAAB1x2y3/');
  assert.equal(linkedin.readProfile(byId).url, 'https://www.linkedin.com/in/jordan-lee-talent/');
  // Off a profile (the feed), nothing matches.
  assert.equal(linkedin.matches(new URL('https://www.linkedin.com/feed/')), false);
});
