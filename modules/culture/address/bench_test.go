package address

import (
	"strings"
	"testing"
)

const benchmarkCopy = "¡Aprovecha el Buen Fin! Regístrate hoy, descarga la app y recibe tus cupones. " +
	"¿Quieres ahorrar? Elige tu plan y paga en 12 meses sin intereses. Te esperamos en tu tienda más cercana. " +
	"No te lo pierdas: esto es para ti."

func BenchmarkDetect(b *testing.B) {
	b.SetBytes(int64(len(benchmarkCopy)))
	for b.Loop() {
		Detect(benchmarkCopy)
	}
}

func BenchmarkConvert(b *testing.B) {
	b.SetBytes(int64(len(benchmarkCopy)))
	for b.Loop() {
		Convert(benchmarkCopy, Usted)
	}
}

// longCopy repeats the conversion cases up to about size bytes, a long
// landing page mixing every form of address.
func longCopy(size int) string {
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		b.WriteString(conversionCases[i%len(conversionCases)].in)
		b.WriteString(" ")
		if i%5 == 4 {
			b.WriteString("\n\n")
		}
	}
	return b.String()
}

func BenchmarkDetectLong(b *testing.B) {
	text := longCopy(64 << 10)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Detect(text)
	}
}
