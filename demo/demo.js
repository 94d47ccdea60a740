// The demo page's own script (a partner's page would have its own): it listens
// for the widgets' events. The kit itself sends nothing anywhere.
const log = document.getElementById('feedback-log');
document.addEventListener('kyr-feedback', (event) => {
  const { element, answer } = event.detail;
  log.textContent = `kyr-feedback: <${element}> answered "${answer}". (This page could count it; the kit sends nothing.)`;
});
