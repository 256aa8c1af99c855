// Package llmtest provides fakes of the LLM providers for tests: local HTTP
// servers that speak the real wire protocols of OpenAI chat completions,
// Anthropic messages and Ollama chat (JSON and streaming), with scriptable
// faults, and an in-process Provider that answers at once.
//
// A fake answers each request with its Reply unless a fault was queued with
// Enqueue: faults apply to the next requests in order, one each. Every
// request is recorded (Requests) so tests can assert what the client sent.
package llmtest
