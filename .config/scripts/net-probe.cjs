// A bounded "can we reach it?" check, so an offline install says so in seconds instead of
// waiting for each download tool's own (long) network timeouts.
'use strict';
const https = require('node:https');

/** True when `url` answers anything over HTTPS within `timeoutMs`. */
function probeUrl(url, timeoutMs = 4000) {
  return new Promise((resolve) => {
    let settled = false;
    const done = (value) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(value);
    };
    const timer = setTimeout(() => {
      request.destroy();
      done(false);
    }, timeoutMs);
    const request = https.request(url, { method: 'HEAD' }, (response) => {
      response.resume();
      done(true);
    });
    request.on('error', () => done(false));
    request.end();
  });
}

module.exports = { probeUrl };
