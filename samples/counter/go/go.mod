module ownck.example/counter

go 1.19
