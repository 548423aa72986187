namespace Cooperation.Domain.Text;

/// <summary>
/// Common given names in Spanish- and English-speaking countries. A capitalised run that starts with one is read as a
/// person even without a title beside it ("Claudia Sheinbaum y Bernardo Arévalo"); names not listed are found by the
/// titles, positions, lists and bylines around them.
/// </summary>
internal static class GivenNames
{
    /// <summary>The names, as written (folded when the lexicon is built).</summary>
    public static readonly string[] All =
    [
        // Spanish.
        "Adriana", "Agustín", "Alberto", "Alejandra", "Alejandro", "Alfonso", "Alfredo", "Alicia", "Alma", "Álvaro",
        "Ana", "Andrea", "Andrés", "Ángel", "Angélica", "Antonio", "Armando", "Arturo", "Beatriz", "Benito", "Bernardo",
        "Blanca", "Carlos", "Carmen", "Carolina", "Catalina", "Cecilia", "César", "Claudia", "Clara", "Cristina",
        "Cristóbal", "Daniel", "Daniela", "David", "Diana", "Diego", "Dolores", "Eduardo", "Elena", "Elías", "Emilio",
        "Enrique", "Ernesto", "Esteban", "Eugenio", "Eva", "Federico", "Felipe", "Fernando", "Francisco", "Gabriel",
        "Gabriela", "Gerardo", "Gilberto", "Gloria", "Gonzalo", "Graciela", "Guadalupe", "Guillermo", "Gustavo",
        "Héctor", "Hugo", "Ignacio", "Irma", "Isabel", "Isabella", "Iván", "Jaime", "Javier", "Jesús", "Joaquín",
        "Jorge", "José", "Josefina", "Juan", "Juana", "Julio", "Julia", "Laura", "Leonardo", "Leticia", "Lorena",
        "Lourdes", "Lucía", "Luis", "Luisa", "Manuel", "Marcela", "Marcelo", "Marco", "Marcos", "Margarita", "María",
        "Mariana", "Mario", "Marta", "Martha", "Martín", "Mauricio", "Miguel", "Mónica", "Nancy", "Natalia", "Norma",
        "Octavio", "Olga", "Omar", "Óscar", "Pablo", "Patricia", "Paula", "Pedro", "Rafael", "Ramiro", "Ramón",
        "Raúl", "Ricardo", "Roberto", "Rocío", "Rodrigo", "Rogelio", "Rosa", "Rosario", "Rubén", "Salvador", "Samuel",
        "Santiago", "Sandra", "Sara", "Sergio", "Silvia", "Sofía", "Susana", "Teresa", "Tomás", "Verónica", "Víctor",
        "Vicente", "Virginia", "Xóchitl", "Yolanda", "Zoé", "Lázaro", "Ximena", "Abel", "Adán", "Aurelio", "Benjamín", "Bruno", "Camila", "Cuauhtémoc", "Edgar", "Efraín", "Eliseo", "Emiliano", "Eréndira",
        "Evelyn", "Fabiola", "Fausto", "Froylán", "Genaro", "Germán", "Hilda", "Horacio", "Humberto", "Inés", "Israel",
        "Jacinto", "Jimena", "Leonel", "Lidia", "Lilia", "Lucero", "Maximiliano", "Nadia", "Nora", "Porfirio",
        "Reynaldo", "Rigoberta", "Rolando", "Saúl", "Sebastián", "Tatiana", "Ulises", "Vanessa", "Wilson", "Xavier",
        "Yadira", "Zacarías", "Alejandrina", "Nayeli", "Gisela", "Karla", "Luz", "Marisol",

        // English.
        "Alexander", "Alice", "Amy", "Andrew", "Angela", "Anne", "Anthony", "Antony", "Barbara", "Ben",
        "Betty", "Bill", "Bob", "Brian", "Catherine", "Charles", "Chris", "Christopher", "Deborah",
        "Dennis", "Donald", "Dorothy", "Edward", "Elizabeth", "Emily", "Emma", "Eric", "Frank", "Gary", "George",
        "Gregory", "Hannah", "Harry", "Helen", "Henry", "Jack", "Jacob", "Jake", "James", "Jane", "Janet", "Jason",
        "Jeffrey", "Jennifer", "Jessica", "Jill", "Joe", "John", "Jonathan", "Joseph", "Joshua", "Julie", "Justin",
        "Karen", "Katherine", "Kathleen", "Katie", "Kelly", "Kenneth", "Kevin", "Kimberly", "Larry", "Linda",
        "Lisa", "Margaret", "Mark", "Mary", "Matthew", "Melissa", "Michael", "Michelle", "Nicholas", "Patrick",
        "Paul", "Peter", "Rachel", "Raymond", "Rebecca", "Richard", "Robert", "Roberta", "Ronald", "Ruth", "Ryan",
        "Samantha", "Sarah", "Scott", "Serena", "Sharon", "Stephen", "Steven", "Susan", "Thomas", "Timothy", "Tom",
        "Tony", "Victoria", "Walter", "William", "Mike", "Liz", "Rex", "Kurt", "Todd",
        "Marsha", "Daria", "Hillary", "Chad", "Kristi", "Denis", "Ned", "Wendy",
    ];
}
