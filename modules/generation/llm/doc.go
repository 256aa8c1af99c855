// Package llm talks to the large language models that write Frontier's copy.
//
// A [Provider] is one configured model endpoint (OpenAI or any OpenAI-compatible
// server, Anthropic, a self-hosted Ollama, or the built-in template engine that
// the integrator plugs in). [NewProvider] builds the HTTP-backed ones from a
// [Config] through langchaingo; [ConfigFromEnv] reads them from the environment.
//
// [Route] decides the order in which providers are tried for one piece of copy,
// and a [Chain] tries them in that order: each call has a timeout, retryable
// failures are retried with exponential backoff that honours Retry-After, a
// circuit breaker per provider skips a provider that keeps failing, and the
// last-resort provider runs when everything else failed, so a marketer always
// gets copy. Every attempt is recorded in the [Result].
//
// # Streaming and discarded text
//
// [Chain.Generate] streams text through a [StreamFunc] that receives [Chunk]
// values. Each chunk carries the index of the attempt that produced it. When an
// attempt fails after it already streamed text, the chain sends one chunk with
// Reset set before the next attempt starts: the receiver must discard
// everything it received so far (for example, clear the preview in the
// browser). Chunks that a failed attempt produces after the chain gave up on it
// are never delivered, so after a Reset only text of the new attempt arrives.
// A provider that does not stream delivers its whole text as one chunk, so on
// success the receiver always holds exactly Result.Text; when Generate
// returns an error, whatever was received must be discarded.
package llm
