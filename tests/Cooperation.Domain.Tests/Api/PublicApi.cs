using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace Cooperation.Domain.Tests.Api;

/// <summary>
/// Renders an assembly's public API as text, one type and its public and protected members per block, with nullable
/// reference types marked, in the manner of PublicApiGenerator: types with their kind, base types, interfaces and
/// generic constraints; constructors, methods (with ref returns, params, defaults), properties (get/set/init),
/// fields and constants with their values, events and operators. Attributes are not shown.
/// </summary>
public static class PublicApi
{
    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(void)] = "void", [typeof(bool)] = "bool", [typeof(byte)] = "byte", [typeof(char)] = "char", [typeof(short)] = "short",
        [typeof(int)] = "int", [typeof(long)] = "long", [typeof(float)] = "float", [typeof(double)] = "double", [typeof(decimal)] = "decimal",
        [typeof(string)] = "string", [typeof(object)] = "object", [typeof(uint)] = "uint", [typeof(ulong)] = "ulong", [typeof(ushort)] = "ushort", [typeof(sbyte)] = "sbyte",
    };

    public static string Render(Assembly assembly)
    {
        var context = new NullabilityInfoContext();
        var text = new StringBuilder();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            text.Append(Header(type)).Append('\n');
            foreach (var line in Members(type, context).Order(StringComparer.Ordinal))
            {
                text.Append("    ").Append(line).Append('\n');
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static string Header(Type type)
    {
        var kind = type.IsEnum ? "enum" : type.IsInterface ? "interface" : type.IsValueType ? (type.IsDefined(typeof(IsReadOnlyAttribute)) ? "readonly struct" : "struct")
            : typeof(Delegate).IsAssignableFrom(type) ? "delegate"
            : type.IsAbstract && type.IsSealed ? "static class" : type.IsSealed ? "sealed class" : type.IsAbstract ? "abstract class" : "class";
        var bases = new List<string>();
        if (type.BaseType is { } baseType && baseType != typeof(object) && baseType != typeof(ValueType) && baseType != typeof(Enum) && !typeof(Delegate).IsAssignableFrom(type))
        {
            bases.Add(Name(baseType, null));
        }

        bases.AddRange(type.GetInterfaces().Where(i => i.IsPublic || i.IsNestedPublic).Select(i => Name(i, null)).Order(StringComparer.Ordinal));
        return $"public {kind} {Name(type, null)}{(bases.Count > 0 ? " : " + string.Join(", ", bases) : string.Empty)}{Constraints(type.IsGenericTypeDefinition ? type.GetGenericArguments() : [])}";
    }

    private static IEnumerable<string> Members(Type type, NullabilityInfoContext context)
    {
        const BindingFlags Flags = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        if (type.IsEnum)
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                yield return $"{field.Name} = {Convert.ToString(field.GetRawConstantValue(), CultureInfo.InvariantCulture)}";
            }

            yield break;
        }

        foreach (var field in type.GetFields(Flags).Where(f => Visible(f.IsPublic, f.IsFamily, f.IsFamilyOrAssembly)))
        {
            var value = field.IsLiteral ? " = " + Literal(field.GetRawConstantValue(), field.FieldType) : string.Empty;
            yield return $"{Access(field.IsPublic)} {(field.IsLiteral ? "const " : field.IsStatic ? "static " : string.Empty)}{(field.IsInitOnly ? "readonly " : string.Empty)}{Name(field.FieldType, context.Create(field))} {field.Name}{value}";
        }

        foreach (var property in type.GetProperties(Flags).Where(p => (p.GetMethod ?? p.SetMethod) is { } a && Visible(a.IsPublic, a.IsFamily, a.IsFamilyOrAssembly)))
        {
            var getter = property.GetMethod is { } get && Visible(get.IsPublic, get.IsFamily, get.IsFamilyOrAssembly) ? "get; " : string.Empty;
            var setter = property.SetMethod is { } set && Visible(set.IsPublic, set.IsFamily, set.IsFamilyOrAssembly)
                ? (set.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit") ? "init; " : "set; ")
                : string.Empty;
            var accessor = property.GetMethod ?? property.SetMethod!;
            var indexer = property.GetIndexParameters() is { Length: > 0 } index ? $"this[{Parameters(index, context)}]" : property.Name;
            yield return $"{Access(accessor.IsPublic)} {Modifiers(accessor, type)}{Name(property.PropertyType, context.Create(property))} {indexer} {{ {getter}{setter}}}";
        }

        foreach (var constructor in type.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance).Where(c => Visible(c.IsPublic, c.IsFamily, c.IsFamilyOrAssembly)))
        {
            yield return $"{Access(constructor.IsPublic)} {Name(type, null)}({Parameters(constructor.GetParameters(), context)})";
        }

        foreach (var method in type.GetMethods(Flags).Where(m => Visible(m.IsPublic, m.IsFamily, m.IsFamilyOrAssembly) && (!m.IsSpecialName || m.Name.StartsWith("op_", StringComparison.Ordinal))))
        {
            var generic = method.IsGenericMethodDefinition ? $"<{string.Join(", ", method.GetGenericArguments().Select(a => a.Name))}>" : string.Empty;
            var returns = method.ReturnType.IsByRef
                ? (method.ReturnParameter.IsDefined(typeof(IsReadOnlyAttribute)) ? "ref readonly " : "ref ") + Name(method.ReturnType.GetElementType()!, context.Create(method.ReturnParameter))
                : Name(method.ReturnType, context.Create(method.ReturnParameter));
            yield return $"{Access(method.IsPublic)} {Modifiers(method, type)}{returns} {method.Name}{generic}({Parameters(method.GetParameters(), context)})"
                + Constraints(method.IsGenericMethodDefinition ? method.GetGenericArguments() : []);
        }

        foreach (var e in type.GetEvents(Flags).Where(e => e.AddMethod is { } add && Visible(add.IsPublic, add.IsFamily, add.IsFamilyOrAssembly)))
        {
            yield return $"{Access(e.AddMethod!.IsPublic)} event {Name(e.EventHandlerType!, context.Create(e))} {e.Name}";
        }
    }

    private static bool Visible(bool isPublic, bool isFamily, bool isFamilyOrAssembly) => isPublic || isFamily || isFamilyOrAssembly;

    private static string Access(bool isPublic) => isPublic ? "public" : "protected";

    private static string Modifiers(MethodInfo method, Type type)
        => method.IsStatic ? (method.IsAbstract ? "static abstract " : method.IsVirtual ? "static virtual " : "static ")
            : type.IsInterface ? string.Empty
            : method.IsAbstract ? "abstract "
            : method.IsVirtual && !method.IsFinal ? (method.GetBaseDefinition() != method ? "override " : "virtual ")
            : string.Empty;

    private static string Constraints(Type[] parameters)
    {
        var text = new StringBuilder();
        foreach (var parameter in parameters)
        {
            var constraints = new List<string>();
            var attributes = parameter.GenericParameterAttributes;
            if (attributes.HasFlag(GenericParameterAttributes.ReferenceTypeConstraint))
            {
                constraints.Add("class");
            }

            if (attributes.HasFlag(GenericParameterAttributes.NotNullableValueTypeConstraint))
            {
                constraints.Add("struct");
            }

            constraints.AddRange(parameter.GetGenericParameterConstraints().Where(c => c != typeof(ValueType)).Select(c => Name(c, null)).Order(StringComparer.Ordinal));
            if (attributes.HasFlag(GenericParameterAttributes.DefaultConstructorConstraint) && !attributes.HasFlag(GenericParameterAttributes.NotNullableValueTypeConstraint))
            {
                constraints.Add("new()");
            }

            if (constraints.Count > 0)
            {
                text.Append(" where ").Append(parameter.Name).Append(" : ").Append(string.Join(", ", constraints));
            }
        }

        return text.ToString();
    }

    private static string Literal(object? value, Type type) => value switch
    {
        null => "null",
        string s => "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"",
        char c => $"'{c}'",
        bool b => b ? "true" : "false",
        _ when type.IsEnum => Enum.GetName(type, value) is { } name ? $"{Name(type, null)}.{name}" : Convert.ToString(value, CultureInfo.InvariantCulture)!,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()!,
    };

    private static string Parameters(ParameterInfo[] parameters, NullabilityInfoContext context)
        => string.Join(", ", parameters.Select(p =>
        {
            var type = p.ParameterType;
            var modifier = type.IsByRef ? (p.IsOut ? "out " : p.IsIn ? "in " : "ref ") : p.IsDefined(typeof(ParamArrayAttribute)) || p.GetCustomAttributes().Any(a => a.GetType().Name == "ParamCollectionAttribute") ? "params " : string.Empty;
            var name = Name(type.IsByRef ? type.GetElementType()! : type, context.Create(p));
            var value = p.HasDefaultValue ? " = " + (p.RawDefaultValue is null ? "default" : Literal(p.RawDefaultValue, type.IsByRef ? type.GetElementType()! : Nullable.GetUnderlyingType(type) ?? type)) : string.Empty;
            return $"{modifier}{name} {p.Name}{value}";
        }));

    private static string Name(Type type, NullabilityInfo? nullability)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Name(underlying, nullability?.GenericTypeArguments.FirstOrDefault()) + "?";
        }

        var nullable = nullability is { ReadState: NullabilityState.Nullable } && !type.IsValueType ? "?" : string.Empty;
        if (type.IsArray)
        {
            return Name(type.GetElementType()!, nullability?.ElementType) + "[]" + nullable;
        }

        if (type.IsGenericParameter)
        {
            return type.Name + nullable;
        }

        if (Keywords.TryGetValue(type, out var keyword))
        {
            return keyword + nullable;
        }

        var name = (type.IsNested ? Name(type.DeclaringType!, null) + "." : type.Namespace + ".") + (type.Name.Contains('`', StringComparison.Ordinal) ? type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] : type.Name);
        if (type.IsGenericType)
        {
            // A nested type repeats its declaring type's parameters first; show only its own.
            var inherited = type.IsNested && type.DeclaringType!.IsGenericType ? type.DeclaringType.GetGenericArguments().Length : 0;
            var arguments = type.GetGenericArguments()[inherited..];
            if (arguments.Length == 0)
            {
                return name + nullable;
            }

            var argumentNullability = nullability?.GenericTypeArguments;
            name += "<" + string.Join(", ", arguments.Select((a, i) => Name(a, argumentNullability is { Length: > 0 } n && i + inherited < n.Length ? n[i + inherited] : null))) + ">";
        }

        return name + nullable;
    }
}
