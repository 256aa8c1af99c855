package address

import "testing"

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
