// The seed example in Go: ten goroutines each add 1 to a shared counter
// 1000 times, with no lock. The compiler and go vet accept it, and the
// total can come out short of 10000. Only the race detector reports it,
// at run time, and only on a run that executes the racing code:
//
//	go run -race .
package main

import (
	"fmt"
	"sync"
)

func main() {
	counter := 0
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 1000; j++ {
				counter++ // racy read-modify-write
			}
		}()
	}
	wg.Wait()
	fmt.Println(counter)
}
